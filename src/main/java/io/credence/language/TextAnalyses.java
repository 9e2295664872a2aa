package io.credence.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The analyses of recently seen texts. Every read of a claim shows its text's rumour flags, and
 * analysing the text again each time was 5 % of a read's cost; a text's analysis cannot change
 * while the service runs (the lexicon and the model are loaded once, at start).
 */
@ApplicationScoped
public class TextAnalyses {

    private static final int REMEMBERED = 4096;

    private final RumourAnalyzer analyzer;
    private final Cache<String, Analysis> recent =
            Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    TextAnalyses(RumourAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The text's analysis, as {@link RumourAnalyzer#analyze(String)} gives it. */
    public Analysis of(String text) {
        return recent.get(text, analyzer::analyze);
    }
}
