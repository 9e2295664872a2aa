package io.credence.trackrecord;

import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.Reliability;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.refusal.Conflict;
import io.credence.refusal.ExpectedVersion;
import io.credence.refusal.Invalid;
import io.credence.source.ReliabilityChange;
import io.credence.source.Source;
import io.credence.source.SourceService;
import io.credence.time.Timestamps;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sources judged by their record: each source's first-hand reports on the claims the desk published a
 * verdict on, and the rating the record suggests. A suggestion is never applied by itself: an admin
 * accepts it (a re-rating like any other: audited, the claims reassessed in the background) or dismisses
 * it (audited; not shown again until the record grows).
 */
@ApplicationScoped
public class TrackRecords {

    private final SourceService sources;
    private final ConfidenceEngine engine;
    private final TrackRecordConfig config;
    private final EntityManager em;
    private final AuditWriter audit;
    private final SecurityIdentity caller;
    private final Timestamps timestamps;

    TrackRecords(
            SourceService sources,
            ConfidenceEngine engine,
            TrackRecordConfig config,
            EntityManager em,
            AuditWriter audit,
            SecurityIdentity caller,
            Timestamps timestamps) {
        this.sources = sources;
        this.engine = engine;
        this.config = config;
        this.em = em;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    /** The record and the suggestion standing now: null when there is none or it was dismissed at this record's size. */
    public record Standing(
            Source source,
            TrackRecord record,
            TrackRecord.Suggestion suggestion,
            RatingSuggestionDismissal dismissed) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing of(UUID sourceId) {
        Source source = sources.require(sourceId);
        TrackRecord record = TrackRecord.of(
                source.reliability,
                TrackRecord.resolve(reports(sourceId)),
                TrackRecord.trustOf(engine.parameters()::trust),
                config.parameters());
        TrackRecord.Suggestion suggestion = record.suggestion();
        RatingSuggestionDismissal dismissed = suggestion == null
                ? null
                : RatingSuggestionDismissal.<RatingSuggestionDismissal>find(
                                "sourceId = ?1 and suggested = ?2 and resolved = ?3 order by dismissedAt desc",
                                sourceId,
                                suggestion.reliability(),
                                record.resolvedCount())
                        .firstResult();
        return new Standing(source, record, dismissed == null ? suggestion : null, dismissed);
    }

    /** Accepts the standing suggestion, which must still be the one the admin saw, as a re-rating with its reasons. */
    @Transactional
    public SourceService.Rerating accept(UUID sourceId, Reliability seen, String note, ExpectedVersion expected) {
        TrackRecord.Suggestion suggestion = standing(sourceId, seen);
        String rationale =
                "Track record: " + suggestion.because() + (note == null || note.isBlank() ? "" : " " + note.strip());
        return sources.changeReliability(sourceId, new ReliabilityChange(seen, rationale), expected);
    }

    /** Dismisses the standing suggestion, which must still be the one the admin saw. */
    @Transactional
    public RatingSuggestionDismissal dismiss(UUID sourceId, Reliability seen, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Invalid("reason: say why the suggested rating is not followed");
        }
        Standing standing = of(sourceId);
        standing(standing, seen);
        RatingSuggestionDismissal dismissal = new RatingSuggestionDismissal();
        dismissal.id = UUID.randomUUID();
        dismissal.sourceId = sourceId;
        dismissal.suggested = seen;
        dismissal.resolved = standing.record().resolvedCount();
        dismissal.reason = reason.strip();
        dismissal.dismissedBy = caller.getPrincipal().getName();
        dismissal.dismissedAt = timestamps.now();
        dismissal.persist();
        audit.record(
                AuditWriter.SOURCES,
                AuditAction.RATING_SUGGESTION_DISMISSED,
                dismissal.id,
                dismissal.reason,
                null,
                DismissalState.of(dismissal));
        return dismissal;
    }

    private TrackRecord.Suggestion standing(UUID sourceId, Reliability seen) {
        return standing(of(sourceId), seen);
    }

    private static TrackRecord.Suggestion standing(Standing standing, Reliability seen) {
        TrackRecord.Suggestion suggestion = standing.suggestion();
        if (suggestion == null || suggestion.reliability() != seen) {
            throw new Conflict(
                    "The track record of source " + standing.source().id + " does not suggest " + seen + " now"
                            + (suggestion == null
                                    ? " (it suggests nothing)"
                                    : " (it suggests " + suggestion.reliability() + ")")
                            + ": read GET /sources/{id}/track-record again");
        }
        return suggestion;
    }

    /** The source's first-hand reports (not repeats of another source) on claims with a current verdict. */
    private List<TrackRecord.Report> reports(UUID sourceId) {
        return em.createQuery("""
                        select e.claimId, c.text, v.rating, e.stance, e.createdAt, e.withdrawnAt
                        from Evidence e join Verdict v on v.claimId = e.claimId and v.supersededAt is null
                        join Claim c on c.id = e.claimId
                        where e.sourceId = ?1 and e.citesSourceId is null
                        order by e.claimId, e.createdAt, e.id""", Object[].class)
                .setParameter(1, sourceId)
                .getResultStream()
                .map(r -> new TrackRecord.Report(
                        (UUID) r[0], (String) r[1], (Integer) r[2], String.valueOf(r[3]), (Instant) r[4], r[5] != null))
                .toList();
    }
}
