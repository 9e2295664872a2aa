package io.credence.claimreview;

import io.credence.assessment.Stance;
import io.credence.claim.Appearance;
import io.credence.claim.AppearanceDto;
import io.credence.claim.ClaimService;
import io.credence.claim.CreateClaimRequest;
import io.credence.evidence.AddEvidenceRequest;
import io.credence.evidence.EvidenceService;
import io.credence.evidence.WithdrawalRequest;
import io.credence.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Imports one review, in a transaction of its own (a bad review fails alone; a good one is kept
 * whatever comes after it in the feed). A review seen before (by url) is left alone when unchanged
 * and replaces its evidence item when changed; a new one is attached to the registered claim that
 * says the same (found by {@link ReviewImport} through the matching path), or registers its claim. Its
 * rating becomes evidence from the reviewing organisation's source ({@link ReviewOrganisations}): one of
 * its own, rated F, so that others' verdicts inform a claim but cannot decide it, until an admin rates
 * it or links the organisation to a source the desk trusts.
 */
@ApplicationScoped
class ReviewImporter {

    enum Outcome {
        REGISTERED,
        MATCHED,
        UPDATED,
        UNCHANGED
    }

    /** What importing one review did, the claim it is on, and whether it registered its organisation. */
    record Imported(Outcome outcome, UUID claimId, boolean sourceRegistered) {}

    static final String REASON = "imported from a ClaimReview by POST /claim-reviews/import";

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final ReviewOrganisations organisations;
    private final Validator validator;
    private final Timestamps timestamps;

    ReviewImporter(
            ClaimService claims,
            EvidenceService evidence,
            ReviewOrganisations organisations,
            Validator validator,
            Timestamps timestamps) {
        this.claims = claims;
        this.evidence = evidence;
        this.organisations = organisations;
        this.validator = validator;
        this.timestamps = timestamps;
    }

    /** Which of these review urls were imported before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Set<String> knownUrls(List<String> urls) {
        if (urls.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(ImportedReview.getEntityManager()
                .createQuery("select r.reviewUrl from ImportedReview r where r.reviewUrl in ?1", String.class)
                .setParameter(1, urls)
                .getResultList());
    }

    /**
     * Imports the review: unchanged, nothing; changed, its evidence replaced; new, on {@code sameClaim}
     * (the registered claim that says the same, found by the caller) or on a claim it registers.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = InvalidReview.class)
    Imported importOne(ReviewItem item, UUID sameClaim) throws InvalidReview {
        ImportedReview known =
                ImportedReview.<ImportedReview>find("reviewUrl", item.url()).firstResult();
        if (known != null && known.contentHash.equals(item.contentHash())) {
            return new Imported(Outcome.UNCHANGED, known.claimId, false);
        }
        ReviewOrganisations.Found organisation = organisations.of(item);
        UUID sourceId = organisation.organisation().sourceId;
        Outcome outcome;
        ImportedReview review = known;
        if (review != null) {
            evidence.withdraw(
                    review.claimId,
                    review.evidenceId,
                    new WithdrawalRequest("ClaimReview " + item.url() + " changed; its new rating replaces this item"));
            outcome = Outcome.UPDATED;
        } else {
            review = new ImportedReview();
            review.id = UUID.randomUUID();
            review.reviewUrl = item.url();
            review.importedAt = timestamps.now();
            outcome = sameClaim == null ? Outcome.REGISTERED : Outcome.MATCHED;
            review.claimId = sameClaim != null ? sameClaim : register(item);
        }
        review.organisationId = organisation.organisation().id;
        review.sourceId = sourceId;
        review.evidenceId = evidence.add(review.claimId, evidenceOf(item, sourceId)).id;
        review.claimReviewed = item.claimReviewed().strip();
        review.headline = item.headline();
        review.claimant = item.claimant();
        review.textualRating = item.textualRating();
        review.rating = item.rating();
        review.datePublished = item.datePublished();
        review.appearances.clear();
        for (ReviewItem.Appeared a : item.appearances()) {
            review.appearances.add(appearance(a));
        }
        review.contentHash = item.contentHash();
        review.updatedAt = timestamps.now();
        review.persist();
        return new Imported(outcome, review.claimId, organisation.registered());
    }

    private UUID register(ReviewItem item) throws InvalidReview {
        ReviewItem.Appeared first =
                item.appearances().isEmpty() ? null : item.appearances().get(0);
        CreateClaimRequest request = new CreateClaimRequest(
                item.claimReviewed(),
                item.headline(),
                item.claimant(),
                first == null ? null : new AppearanceDto(first.url(), first.publisher(), first.publishedAt()),
                item.language(),
                null);
        requireValid(request);
        return claims.register(request, REASON + " (" + item.url() + ")").id;
    }

    /**
     * The review's rating as evidence: false ratings refute, true ones support, the middle of the
     * scale and unplaced ratings add context. A clear rating (1 or 5) is "probably true" information
     * (credibility 2), a leaning one (2 or 4) "possibly true" (3). The excerpt is left empty: reviews
     * of one claim by different organisations read alike, and the engine would take them for copies.
     */
    private AddEvidenceRequest evidenceOf(ReviewItem item, UUID sourceId) throws InvalidReview {
        Integer rating = item.rating();
        Stance stance = rating == null || rating == 3 ? Stance.CONTEXT : rating < 3 ? Stance.REFUTES : Stance.SUPPORTS;
        int credibility = rating == null || rating == 3 ? 6 : rating == 1 || rating == 5 ? 2 : 3;
        Instant observed = item.datePublished() == null
                ? null
                : item.datePublished().atStartOfDay(ZoneOffset.UTC).toInstant();
        AddEvidenceRequest request =
                new AddEvidenceRequest(sourceId, stance, credibility, item.url(), null, observed, null, null);
        requireValid(request);
        return request;
    }

    private static Appearance appearance(ReviewItem.Appeared a) {
        Appearance appearance = new Appearance();
        appearance.url = a.url();
        appearance.publisher = a.publisher();
        appearance.publishedAt = a.publishedAt();
        return appearance;
    }

    /** The API's own constraints on what an import writes: an imported review is held to what a request is. */
    private <T> void requireValid(T request) throws InvalidReview {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidReview(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
    }
}
