package io.credence.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The words of a text that are most likely names of people, organisations and places: those
 * written with a capital past the text's first word, other than "I" and the articles. Crude (a
 * sentence's first word in a longer text counts too) but cheap, and what both check-worthiness (is
 * someone or somewhere named?) and claim matching (does the text name whom the claim names?) need.
 * Pure.
 */
public final class Names {

    private static final Set<String> NOT_NAMES = Set.of("i", "a", "an", "the");

    private Names() {}

    /** The names in a text, as normalised words ({@link Tokens#normal}). */
    public static Set<String> in(String text) {
        return in(Tokens.of(text));
    }

    /** The names among words already split. */
    public static Set<String> in(Tokens words) {
        Set<String> names = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            if (words.capitalized(i) && !NOT_NAMES.contains(words.normal(i))) {
                names.add(words.normal(i));
            }
        }
        return names;
    }
}
