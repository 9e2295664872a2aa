package io.credence.claimreview;

import io.credence.assessment.Reliability;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.evidence.AddEvidenceRequest;
import io.credence.evidence.Evidence;
import io.credence.evidence.EvidenceService;
import io.credence.evidence.WithdrawalRequest;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.Listing;
import io.credence.refusal.ExpectedVersion;
import io.credence.refusal.NotFound;
import io.credence.refusal.UnknownReference;
import io.credence.source.CreateSourceRequest;
import io.credence.source.Source;
import io.credence.source.SourceKind;
import io.credence.source.SourceService;
import io.credence.time.Timestamps;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organisations whose ClaimReviews are imported, kept apart from the sources an admin registered.
 * A feed names its organisation as it likes ("Trusted Wire"), so the import never looks a source up by
 * name: an organisation is known by the domain its reviews are published on, gets a source of its own
 * rated F on first sight (its reviews inform a claim and cannot decide it), and its reviews count as
 * another source's only after an admin links it, a decision the trail records with its rationale.
 */
@ApplicationScoped
public class ReviewOrganisations {

    static final String ENTITY = "review_organisation";

    /** The organisation of a review, and whether this review registered it. */
    record Found(ReviewOrganisation organisation, boolean registered) {}

    private final SourceService sources;
    private final EvidenceService evidence;
    private final AuditWriter audit;
    private final Timestamps timestamps;

    ReviewOrganisations(SourceService sources, EvidenceService evidence, AuditWriter audit, Timestamps timestamps) {
        this.sources = sources;
        this.evidence = evidence;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    /**
     * The review's organisation, by the domain of the review's own url; registered with a new F source
     * when first seen. Two imports meeting one new organisation at once: one fails on the domain's
     * uniqueness, and the import reports that review as written by another import at the same moment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Found of(ReviewItem item) throws InvalidReview {
        String domain = domainOf(item.url());
        ReviewOrganisation known =
                ReviewOrganisation.<ReviewOrganisation>find("domain", domain).firstResult();
        if (known != null) {
            return new Found(known, false);
        }
        Source own = sources.register(new CreateSourceRequest(
                sourceName(item.organisation(), domain),
                SourceKind.ORGANISATION,
                item.organisationUrl(),
                Reliability.F,
                "Registered on first sight by a ClaimReview import (" + ReviewParser.bounded(item.url(), 1500)
                        + "); known by its " + "domain " + domain + ", not by its name; not yet rated"));
        ReviewOrganisation organisation = new ReviewOrganisation();
        organisation.id = UUID.randomUUID();
        organisation.domain = domain;
        organisation.name = item.organisation();
        organisation.ownSourceId = own.id;
        organisation.sourceId = own.id;
        organisation.createdAt = timestamps.now();
        organisation.persist();
        audit.record(
                AuditWriter.SOURCES,
                AuditAction.REVIEW_ORGANISATION_REGISTERED,
                organisation.id,
                null,
                null,
                ReviewOrganisationState.of(organisation));
        return new Found(organisation, true);
    }

    /**
     * An admin's decision that the organisation's reviews count as {@code sourceId}'s (its own source's
     * again, to undo a link). Every review it has on record that still counts is moved: its item is
     * withdrawn with the decision as the reason and the same rating added from the new source, so each
     * claim is reassessed and its trail says why.
     */
    @Transactional
    public ReviewOrganisation link(UUID id, UUID sourceId, String rationale, ExpectedVersion expected) {
        ReviewOrganisation organisation = ReviewOrganisation.<ReviewOrganisation>findByIdOptional(
                        id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Imported organisation", id));
        expected.check("imported organisation", organisation.version);
        Source target = Source.<Source>findByIdOptional(sourceId)
                .orElseThrow(() -> new UnknownReference("sourceId", "source", sourceId));
        ReviewOrganisationState before = ReviewOrganisationState.of(organisation);
        String reason = rationale.strip();
        organisation.sourceId = target.id;
        organisation.linkRationale = reason;
        organisation.linkedAt = organisation.linked() ? timestamps.now() : null;
        audit.record(
                AuditWriter.SOURCES,
                AuditAction.REVIEW_ORGANISATION_LINKED,
                organisation.id,
                reason,
                before,
                ReviewOrganisationState.of(organisation));
        String because = "imported organisation " + organisation.domain + " now counts as source " + target.name
                + " (an admin's decision: " + ReviewParser.bounded(reason, 1000) + ")";
        for (ImportedReview review :
                ImportedReview.<ImportedReview>list("organisationId = ?1 order by importedAt, id", id)) {
            Evidence item = evidence.require(review.claimId, review.evidenceId);
            if (item.isWithdrawn() || item.sourceId.equals(target.id)) {
                continue;
            }
            evidence.withdraw(review.claimId, item.id, new WithdrawalRequest(ReviewParser.bounded(because, 2000)));
            review.evidenceId = evidence.add(
                            review.claimId,
                            new AddEvidenceRequest(
                                    target.id,
                                    item.stance,
                                    item.credibility,
                                    item.url,
                                    item.excerpt,
                                    item.observedAt,
                                    null,
                                    null))
                    .id;
            review.sourceId = target.id;
        }
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewOrganisation> list(PageQuery page) {
        return Listing.all(ReviewOrganisation.class, Sort.by("domain").and("id"))
                .page(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewOrganisation require(UUID id) {
        return ReviewOrganisation.<ReviewOrganisation>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Imported organisation", id));
    }

    /** How many of its imported reviews the organisation has on record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long reviewCount(UUID id) {
        return ImportedReview.count("organisationId", id);
    }

    /** How many imported reviews each of these organisations has on record (absent: none), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Long> reviewCounts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ImportedReview.getEntityManager()
                .createQuery(
                        "select r.organisationId, count(r) from ImportedReview r "
                                + "where r.organisationId in ?1 group by r.organisationId",
                        Object[].class)
                .setParameter(1, ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    /** The host a review is published on, lower case and without a leading "www.". */
    static String domainOf(String reviewUrl) throws InvalidReview {
        String host;
        try {
            host = URI.create(reviewUrl).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || host.isBlank() || host.length() > 255) {
            throw new InvalidReview("url must name the site the review is published on: the import knows the "
                    + "reviewing organisation by that site's domain");
        }
        String domain = host.toLowerCase(Locale.ROOT);
        return domain.startsWith("www.") ? domain.substring(4) : domain;
    }

    /** The name its own source is shown with: the feed's name, and where it was seen, so it is never taken for another. */
    private static String sourceName(String organisation, String domain) {
        String suffix = " [ClaimReview feed: " + domain + "]";
        return ReviewParser.bounded(organisation, 300 - suffix.length()) + suffix;
    }
}
