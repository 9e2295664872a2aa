package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences split as a desk reads an article: by line for headlines and lists, not at abbreviations or decimals. */
class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream()
                .map(s -> text.substring(s.start(), s.end()).strip())
                .toList();
    }

    @Test
    void aHeadlineTheLeadAndEachBulletAreSentencesOfTheirOwn() {
        String article = """
                Moscow paid for Iranian drones with gold, officials say
                By Staff Reporter, 20 November 2026
                Key points:
                • Russia reportedly paid 1.8 tons of gold bars
                • The treaty was ratified in March
                - Analysts think the deal is worth $2bn
                1. Customs records show no shipment
                2) The ministry denied the report
                Mr. Smith of the U.S. Treasury said the gold was worth about $140 mln. He declined to comment further.
                "We have no evidence," a spokesman said. "None at all."
                """;
        assertEquals(
                List.of(
                        "Moscow paid for Iranian drones with gold, officials say",
                        "By Staff Reporter, 20 November 2026",
                        "Key points:",
                        "• Russia reportedly paid 1.8 tons of gold bars",
                        "• The treaty was ratified in March",
                        "- Analysts think the deal is worth $2bn",
                        "1. Customs records show no shipment",
                        "2) The ministry denied the report",
                        "Mr. Smith of the U.S. Treasury said the gold was worth about $140 mln.",
                        "He declined to comment further.",
                        "\"We have no evidence,\" a spokesman said.",
                        "\"None at all.\""),
                sentences(article));
    }

    @Test
    void offsetsCoverTheTextWithoutGapsOrOverlaps() {
        String text = "First line\nSecond sentence. Third one?\n\n• Fourth";
        List<Sentences.Span> spans = Sentences.of(text);
        assertEquals(0, spans.get(0).start());
        for (int i = 1; i < spans.size(); i++) {
            assertEquals(spans.get(i - 1).end(), spans.get(i).start());
        }
        assertEquals(text.length(), spans.get(spans.size() - 1).end());
    }
}
