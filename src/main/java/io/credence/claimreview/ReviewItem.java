package io.credence.claimreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One schema.org ClaimReview as the import reads it: what it reviewed, who reviewed it, and its
 * rating on the ClaimReview scale (1 false … 5 true) when it gives one the import can place.
 *
 * @param contentHash SHA-256 of the review's RFC 8785 canonical JSON: a resent review is recognised
 *                    as unchanged, an edited one as changed
 */
record ReviewItem(
        String url,
        String claimReviewed,
        String headline,
        String claimant,
        String organisation,
        String organisationUrl,
        String textualRating,
        Integer rating,
        LocalDate datePublished,
        List<Appeared> appearances,
        String language,
        String contentHash) {

    /** Where the reviewed claim appeared. */
    record Appeared(String url, String publisher, Instant publishedAt) {}
}
