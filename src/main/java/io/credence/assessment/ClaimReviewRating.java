package io.credence.assessment;

/** A schema.org ClaimReview rating: 1 (false) to 5 (true), with its label. */
public record ClaimReviewRating(int value, String label) {}
