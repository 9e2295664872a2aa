package io.credence.source;

import io.credence.assessment.Reliability;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.LikePattern;
import io.credence.persistence.Listing;
import io.credence.refusal.ExpectedVersion;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Registers sources and keeps every reliability rating they have held. */
@ApplicationScoped
public class SourceService {

    private final RatingFollowUp followUp;
    private final AuditWriter audit;
    private final Timestamps timestamps;

    SourceService(RatingFollowUp followUp, AuditWriter audit, Timestamps timestamps) {
        this.followUp = followUp;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    @Transactional
    public Source register(CreateSourceRequest request) {
        Instant now = timestamps.now();
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.name = request.name().strip();
        source.kind = request.kind();
        source.homepage = request.homepage();
        source.reliability = request.reliability();
        source.rationale = request.rationale();
        source.ratedAt = now;
        source.createdAt = now;
        source.updatedAt = now;
        source.persist();
        SourceRating.of(source).persist();
        audit.record(AuditWriter.SOURCES, AuditAction.SOURCE_REGISTERED, source.id, null, null, SourceState.of(source));
        return source;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Source> list(String q, PageQuery page) {
        Sort order = Sort.by("name").and("id");
        if (q == null || q.isBlank()) {
            return Listing.all(Source.class, order).page(page);
        }
        return Listing.where(
                        Source.class,
                        "lower(name) like :q escape '\\'",
                        Map.of("q", LikePattern.containing(q.strip())),
                        order)
                .page(page);
    }

    /** The sources called exactly this, case aside (names are not unique: two outlets may share one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> named(String name) {
        return Source.list(
                "lower(name) = ?1 order by createdAt, id", name.strip().toLowerCase(Locale.ROOT));
    }

    /** A new rating, and the id of the job reassessing the claims it bears on. */
    public record Rerating(Source source, UUID jobId) {}

    /**
     * Gives the source a new rating; the one it replaces stays in the history, marked superseded.
     * The claims with evidence from the source, or citing it, are reassessed by a background job
     * queued here, so the change returns at once however many claims it touches.
     */
    @Transactional
    public Rerating changeReliability(UUID id, ReliabilityChange change, ExpectedVersion expected) {
        // Locked first, so that evidence being added from this source waits and is weighed with the new rating.
        Source source = Source.<Source>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Source", id));
        expected.check("source", source.version);
        SourceState before = SourceState.of(source);
        Reliability previous = source.reliability;
        Instant now = timestamps.now();
        SourceRating current = SourceRating.currentOf(id);
        if (current != null) {
            current.supersededAt = now;
        }
        source.reliability = change.reliability();
        source.rationale = change.rationale();
        source.ratedAt = now;
        source.updatedAt = now;
        SourceRating.of(source).persist();
        audit.record(
                AuditWriter.SOURCES,
                AuditAction.SOURCE_RELIABILITY_CHANGED,
                id,
                change.rationale(),
                before,
                SourceState.of(source));
        UUID job = followUp.queueReassessment(
                id, "source " + source.name + " re-rated " + change.reliability() + " (was " + previous + ")");
        return new Rerating(source, job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SourceRating> history(UUID id) {
        require(id);
        return SourceRating.historyOf(id);
    }

    /** The source; NotFound when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Source require(UUID id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> new NotFound("Source", id));
    }
}
