package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NumbersAndNamesTest {

    @Test
    void numbersAreWrittenOneWay() {
        assertEquals(Set.of("2000", "1.8", "3"), Numbers.in("2,000 workers, 1,8 tonnes, 3 days"));
        assertEquals(Set.of("1234567.5"), Numbers.in("1,234,567.5"));
        assertEquals(Set.of(), Numbers.in("no numbers here"));
    }

    @Test
    void namesAreCapitalizedWordsPastTheFirstButNotPronounsOrArticles() {
        assertEquals(
                Set.of("moscow", "iran", "u.s"), Names.in("Officials in Moscow say I paid Iran; The U.S. disagrees"));
        assertEquals(Set.of("o'brien"), Names.in("Senator O’Brien spoke"), "curly apostrophes are straightened");
        assertTrue(Names.in("Moscow").isEmpty(), "the first word of a text is not taken for a name");
        assertTrue(Names.in("the drones were paid for in 2026").isEmpty());
    }

    @Test
    void tablesSkipCommentsAndBlankLinesAndKeepQuotes() {
        List<String[]> rows = TabularResource.rows("text/sample.tsv", 2);
        assertEquals(2, rows.size());
        assertEquals(List.of("\"word\" is", "HEARSAY", ""), List.of(rows.get(0)));
        assertEquals(List.of("pants on fire", "1"), List.of(rows.get(1)));
    }

    @Test
    void aShortRowOrAMissingTableStopsWithTheLine() {
        IllegalStateException shortRow =
                assertThrows(IllegalStateException.class, () -> TabularResource.rows("text/sample.tsv", 3));
        assertEquals("text/sample.tsv:5: expected 3 tab-separated columns, found 2", shortRow.getMessage());
        assertThrows(IllegalStateException.class, () -> TabularResource.rows("text/missing.tsv", 1));
    }
}
