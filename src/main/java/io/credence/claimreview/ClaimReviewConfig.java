package io.credence.claimreview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who publishes the ClaimReview documents, and how much one import takes ({@code credence.claim-review.*}). */
@ConfigMapping(prefix = "credence.claim-review")
public interface ClaimReviewConfig {

    /** The fact-checking organisation named as the review's author. */
    @WithDefault("Credence")
    String organisationName();

    /** Its home page. */
    Optional<String> organisationUrl();

    /** Public base URL of the reviews; {id} is the claim id. Unset: the service's own claim-review URL. */
    Optional<String> reviewUrl();

    /** The most reviews one import reads; the rest of a longer feed goes in another import. */
    @WithDefault("100000")
    int maxReviewsPerImport();
}
