package io.credence.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The analyses of recently read claims' texts. Every read of a claim shows its text's rumour flags,
 * and analysing the text again each time was 5 % of a read's cost; a text's analysis cannot change
 * while the service runs (the lexicon and the model are loaded once, at start).
 *
 * <p>A claim's analysis is remembered by the claim's id: a text read from the database is a new
 * string each time, and looking it up by text hashed the whole text on every read. A registered
 * claim's text does not change (only {@code ClaimService.register} sets it); the text analysed is
 * still compared with the one given, so that a row edited by hand is analysed again, not shown with
 * another text's flags. Evictions run on the caller's thread: handing them to the common pool woke a
 * thread for every miss.
 */
@ApplicationScoped
public class TextAnalyses {

    /** The claims a desk reads again: about 8 MB of analyses. */
    private static final int CLAIMS_REMEMBERED = 16_384;

    private final RumourAnalyzer analyzer;

    private record Analysed(String text, Analysis analysis) {}

    private final Cache<UUID, Analysed> recentClaims = Caffeine.newBuilder()
            .maximumSize(CLAIMS_REMEMBERED)
            .executor(Runnable::run)
            .build();

    TextAnalyses(RumourAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analysis of a registered claim's text, as {@link RumourAnalyzer#analyze(String)} gives it. */
    public Analysis ofClaim(UUID claimId, String text) {
        Analysed analysed = recentClaims.getIfPresent(claimId);
        if (analysed == null || !analysed.text().equals(text)) {
            analysed = new Analysed(text, analyzer.analyze(text));
            recentClaims.put(claimId, analysed);
        }
        return analysed.analysis();
    }
}
