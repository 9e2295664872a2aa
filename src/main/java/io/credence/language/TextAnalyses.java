package io.credence.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The analyses of recently seen texts. Every read of a claim shows its text's rumour flags, and
 * analysing the text again each time was 5 % of a read's cost; a text's analysis cannot change
 * while the service runs (the lexicon and the model are loaded once, at start).
 *
 * <p>A registered claim's text never changes (only {@code ClaimService.register} sets it), so a
 * claim's analysis is remembered by the claim's id: a text read from the database is a new string
 * each time, and looking it up by text hashed and compared the whole text on every read. Evictions
 * run on the caller's thread: handing them to the common pool woke a thread for every miss.
 */
@ApplicationScoped
public class TextAnalyses {

    private static final int TEXTS_REMEMBERED = 4096;
    /** The claims a desk reads again: about 8 MB of analyses. */
    private static final int CLAIMS_REMEMBERED = 16_384;

    private final RumourAnalyzer analyzer;
    private final Cache<String, Analysis> recentTexts = Caffeine.newBuilder()
            .maximumSize(TEXTS_REMEMBERED)
            .executor(Runnable::run)
            .build();
    private final Cache<UUID, Analysis> recentClaims = Caffeine.newBuilder()
            .maximumSize(CLAIMS_REMEMBERED)
            .executor(Runnable::run)
            .build();

    TextAnalyses(RumourAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The text's analysis, as {@link RumourAnalyzer#analyze(String)} gives it. */
    public Analysis of(String text) {
        return recentTexts.get(text, analyzer::analyze);
    }

    /** The analysis of a registered claim's text; {@code text} must be that claim's. */
    public Analysis ofClaim(UUID claimId, String text) {
        return recentClaims.get(claimId, id -> analyzer.analyze(text));
    }
}
