package io.credence.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.check.CheckWorthinessModel;
import io.credence.classify.SentenceClassifier;
import io.credence.language.LanguageEvaluation.Counts;
import io.credence.language.LanguageEvaluation.Labelled;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped models, on the project's own labelled news sentences (src/test/resources/language),
 * which no model was trained or tuned on. The floors are not the targets (docs/LANGUAGE.md gives
 * those and the figures): they sit a little under what the shipped models reach, so that a broken,
 * stale or mis-featured model fails the build.
 *
 * <p>A Quarkus test, to use the application's own beans: the embedding model's native libraries
 * (ONNX Runtime, the tokenizer) load once per JVM, in the application's class loader.
 */
@QuarkusTest
class LanguageModelsTest {

    private static final RumourAnalyzer LEXICON = RumourAnalyzer.standard();

    @Inject
    RumourAnalyzer analyzer;

    @Inject
    CheckWorthinessModel worthiness;

    @Test
    void theModelsLoadWithTheirCards() {
        for (String model : List.of(UncertaintyModel.RESOURCE, CheckWorthinessModel.RESOURCE)) {
            Properties card = SentenceClassifier.card(model);
            assertTrue(card.getProperty("version").matches("[a-z]+-\\d+-[0-9a-f]{8}"), card::toString);
            double threshold = Double.parseDouble(card.getProperty("threshold"));
            assertTrue(threshold > 0 && threshold < 1, card::toString);
            assertTrue(card.getProperty("data").contains("sha256"), card::toString);
        }
    }

    @Test
    void uncertaintyOnNewsSentences() throws Exception {
        List<Labelled> news = LanguageEvaluation.resource("/language/news-uncertainty.tsv");
        Counts counts = LanguageEvaluation.measure(
                news, t -> !analyzer.analyze(t).flags().isEmpty());
        assertTrue(counts.precision() >= FLOOR_UNCERTAINTY_PRECISION, counts::toString);
        assertTrue(counts.recall() >= FLOOR_UNCERTAINTY_RECALL, counts::toString);
    }

    @Test
    void checkWorthinessOnNewsSentences() throws Exception {
        List<Labelled> news = LanguageEvaluation.resource("/language/news-checkworthy.tsv");
        Counts counts = LanguageEvaluation.measure(
                news, t -> worthiness.of(t, LEXICON.analyze(t).flags()).worthy());
        assertTrue(counts.f1() >= FLOOR_CHECKWORTHY_F1, counts::toString);
    }

    @Test
    void theModelFlagsVagueWordingTheLexiconMissesAndPointsAtIt() {
        String text = "The treaty was signed in March. " + VAGUE_SENTENCE;
        assertTrue(LEXICON.analyze(text).flags().isEmpty(), "the lexicon has no cue here");
        Analysis analysis = analyzer.analyze(text);
        assertEquals(1, analysis.flags().size(), analysis::toString);
        Flag flag = analysis.flags().get(0);
        assertEquals(Category.VAGUE, flag.category());
        assertEquals(text.substring(flag.start(), flag.end()), flag.text());
        assertTrue(flag.start() >= text.indexOf(VAGUE_SENTENCE), "the flag is in the vague sentence: " + flag);
        assertTrue(flag.cue().startsWith("model uncertainty-"), flag::cue);
        assertEquals(0, analysis.sentences().get(0).rumourScore(), "the plain sentence scores nothing");
        assertEquals(flag.severity(), analysis.sentences().get(1).rumourScore(), 1e-9);
    }

    @Test
    void aLexiconCueKeepsItsCategoryAndTheModelAddsNoSecondFlag() {
        Analysis analysis = analyzer.analyze("Rumor has it that Moscow paid for the drones with gold bars.");
        assertEquals(1, analysis.flags().size(), analysis::toString);
        assertEquals(Category.HEARSAY, analysis.flags().get(0).category());
    }

    @Test
    void plainNewsStaysUnflagged() {
        for (String plain : List.of(
                "Parliament approved the budget by 312 votes to 204.",
                "The president signed the treaty on Friday in Tehran.")) {
            assertFalse(analyzer.analyze(plain).flags().stream().anyMatch(f -> f.category() == Category.VAGUE), plain);
        }
    }

    private static final String VAGUE_SENTENCE = "It is one of the most important works of the century.";
    private static final double FLOOR_UNCERTAINTY_PRECISION = 0.9;
    private static final double FLOOR_UNCERTAINTY_RECALL = 0.85;
    private static final double FLOOR_CHECKWORTHY_F1 = 0.85;
}
