package io.credence.assessment;

/**
 * Rule 7, one vocabulary: a status, its likelihood words and its ClaimReview rating come from this
 * one table, so they cannot contradict each other. The probability bands of the statuses are ICD 203
 * band edges ({@link EngineParameters} insists), so the words of a status's probability are always
 * words of that status.
 *
 * <pre>
 * status        rating             likelihood words
 * CONFIRMED     5 True             very likely, almost certain
 * LIKELY_TRUE   4 Mostly true      likely (very likely if confirmed-from is raised)
 * UNPROVEN      3 Unproven         roughly even chance
 * LIKELY_FALSE  2 Mostly false     unlikely
 * FALSE         1 False            very unlikely, almost no chance
 * CONTESTED     3 Mixed            not judged: the evidence conflicts
 * UNVERIFIED    3 Unverified       not judged: too little evidence
 * RUMOUR        3 Unverified       not judged: too little evidence
 * </pre>
 */
public final class Vocabulary {

    public static final String TOO_LITTLE = "not judged: too little evidence";
    public static final String CONFLICTS = "not judged: the evidence conflicts";

    private Vocabulary() {}

    public static ClaimReviewRating rating(Status status) {
        return switch (status) {
            case CONFIRMED -> new ClaimReviewRating(5, "True");
            case LIKELY_TRUE -> new ClaimReviewRating(4, "Mostly true");
            case UNPROVEN -> new ClaimReviewRating(3, "Unproven");
            case LIKELY_FALSE -> new ClaimReviewRating(2, "Mostly false");
            case FALSE -> new ClaimReviewRating(1, "False");
            case CONTESTED -> new ClaimReviewRating(3, "Mixed");
            case UNVERIFIED, RUMOUR -> new ClaimReviewRating(3, "Unverified");
        };
    }

    /** The likelihood words for a status and its (reported) probability. */
    public static String likelihood(Status status, double probability) {
        return switch (status) {
            // A probability on a band edge belongs to the band on the status's side of it.
            case CONFIRMED, LIKELY_TRUE -> Likelihood.ofUpper(probability).words();
            case UNPROVEN, LIKELY_FALSE, FALSE -> Likelihood.of(probability).words();
            case CONTESTED -> CONFLICTS;
            case UNVERIFIED, RUMOUR -> TOO_LITTLE;
        };
    }

    /** How an explanation starts. */
    public static String headline(Status status) {
        return switch (status) {
            case CONFIRMED -> "Confirmed";
            case LIKELY_TRUE -> "Leans true";
            case UNPROVEN -> "Unproven";
            case LIKELY_FALSE -> "Leans false";
            case FALSE -> "False";
            case CONTESTED -> "Contested";
            case UNVERIFIED -> "Unverified";
            case RUMOUR -> "Unverified rumour";
        };
    }
}
