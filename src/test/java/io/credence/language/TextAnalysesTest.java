package io.credence.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TextAnalysesTest {

    private final RumourAnalyzer analyzer = RumourAnalyzer.standard();
    private final TextAnalyses analyses = new TextAnalyses(analyzer);

    @Test
    void aClaimsTextIsAnalysedAsTheAnalyzerDoesAndOnlyOnce() {
        UUID claim = UUID.randomUUID();
        String text = "Sources say the minister could have known about the payments.";

        Analysis first = analyses.ofClaim(claim, text);

        assertEquals(analyzer.analyze(text), first);
        assertFalse(first.flags().isEmpty(), "the rumour cues are flagged");
        assertSame(first, analyses.ofClaim(claim, text), "the second read of the same claim reuses the analysis");
    }

    @Test
    void differentClaimsKeepTheirOwnAnalyses() {
        Analysis hedged = analyses.ofClaim(UUID.randomUUID(), "Rumor has it that the port was sold.");
        Analysis plain = analyses.ofClaim(UUID.randomUUID(), "The port was sold in 2024.");

        assertEquals(analyzer.analyze("Rumor has it that the port was sold."), hedged);
        assertEquals(analyzer.analyze("The port was sold in 2024."), plain);
    }

    @Test
    void aClaimsAnalysisIsRememberedByItsIdWhateverStringHoldsItsText() {
        UUID claim = UUID.randomUUID();
        String text = "Analysts think the drones could have been paid for in gold.";

        Analysis first = analyses.ofClaim(claim, text);

        assertEquals(analyzer.analyze(text), first);
        // Each read of the claim brings its text as a new string: the id finds the analysis.
        assertSame(first, analyses.ofClaim(claim, new String(text.toCharArray())));
        assertEquals(
                analyzer.analyze("The port was sold in 2024."),
                analyses.ofClaim(UUID.randomUUID(), "The port was sold in 2024."),
                "another claim has its own analysis");
        // A row edited by hand: the claim's new text is analysed, not shown with the old one's flags.
        assertEquals(
                analyzer.analyze("The port was sold in 2024."), analyses.ofClaim(claim, "The port was sold in 2024."));
    }
}
