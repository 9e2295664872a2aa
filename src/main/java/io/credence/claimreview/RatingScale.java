package io.credence.claimreview;

import io.credence.text.TabularResource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Places another organisation's rating on the ClaimReview scale, 1 (false) to 5 (true). A numeric
 * rating with its own best and worst is scaled linearly; fact-checkers often publish a number that
 * does not fit their stated scale (or none), so the textual rating ("Pants on Fire", "Mixture",
 * "Mostly False") is read next from a table of the labels fact-checkers use; a rating neither places
 * is kept as text only. Pure: the table is read once from the classpath.
 */
final class RatingScale {

    private static final String LABELS = "claimreview/textual-ratings.tsv";
    private static final Map<String, Integer> BY_LABEL = load();

    private RatingScale() {}

    /** The rating on 1..5, or null when it cannot be placed. */
    static Integer place(Double value, Double best, Double worst, String textual) {
        Integer numeric = scaled(value, best == null ? 5.0 : best, worst == null ? 1.0 : worst);
        Integer byLabel = textual == null ? null : BY_LABEL.get(normalise(textual));
        // The words are what readers see; a number that disagrees with them is more likely a scale mistake.
        return byLabel != null ? byLabel : numeric;
    }

    private static Integer scaled(Double value, double best, double worst) {
        if (value == null || best <= worst || value < worst || value > best) {
            return null;
        }
        return (int) Math.round(1 + 4 * (value - worst) / (best - worst));
    }

    static String normalise(String label) {
        return label.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-]+", " ")
                .replaceAll("[.!]+$", "");
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> labels = new HashMap<>();
        for (String[] row : TabularResource.rows(LABELS, 2)) {
            labels.put(normalise(row[0]), Integer.valueOf(row[1].strip()));
        }
        return Map.copyOf(labels);
    }
}
