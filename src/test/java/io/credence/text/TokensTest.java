package io.credence.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void theScanHashIsTheHashOfTheNormalizedWord() {
        // The analyzer passes a word by this hash alone, so it must equal the word's String hash
        // for every script: ASCII, accented Latin, Cyrillic, curly apostrophes, surrogate pairs.
        String text = "Rumour CAN’T so-called U.S. Café МОСКВА 𝐀𝐁c it's 1,8 t 据报道";
        Tokens tokens = Tokens.of(text, Map.of());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.normal(i));
            assertEquals(tokens.normal(i).hashCode(), tokens.hash(i), tokens.normal(i));
        }
        assertEquals(
                List.of("rumour", "can't", "so-called", "u.s", "café", "москва", "𝐀𝐁c", "it's", "1", "8", "t", "据报道"),
                words);
    }

    @Test
    void wordsKeepTheirPlaceAndForm() {
        String text = "In 2026, the U.S. Treasury paid $1.8bn (so-called “aid”).";
        Tokens tokens = Tokens.of(text);
        assertEquals(
                List.of("in", "2026", "the", "u.s", "treasury", "paid", "1.8bn", "so-called", "aid"), tokens.normals());
        assertEquals("Treasury", text.substring(tokens.start(4), tokens.end(4)));
        assertEquals(text.indexOf("Treasury"), tokens.start(4));
        assertEquals(text.indexOf("Treasury") + 8, tokens.end(4));
        assertEquals(
                List.of(true, false, false, true, true, false, false, false, false),
                IntStream.range(0, tokens.size()).mapToObj(tokens::capitalized).toList());
        assertEquals(
                List.of(false, true, false, false, false, false, true, false, false),
                IntStream.range(0, tokens.size()).mapToObj(tokens::numeric).toList());
        assertEquals(0, Tokens.of(" — … !").size());
    }

    @Test
    void spellingMapsTheNormalizedWordButNotItsHash() {
        Tokens tokens = Tokens.of("Rumoured", Map.of("rumoured", "rumored"));
        assertEquals("rumored", tokens.normal(0));
        assertEquals("rumoured".hashCode(), tokens.hash(0));
    }
}
