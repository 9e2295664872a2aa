package io.credence.assessment;

/** A schema.org ClaimReview rating: 1 (false) to 5 (true), with its label. */
public record ClaimReviewRating(int value, String label) {

    private static final String[] LABELS = {"False", "Mostly false", "Mixed", "Mostly true", "True"};

    public static ClaimReviewRating of(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("ClaimReview rating must be 1..5, was " + value);
        }
        return new ClaimReviewRating(value, LABELS[value - 1]);
    }
}
