package io.credence.language;

import java.util.Arrays;
import java.util.Map;

/**
 * The words of a text as the analyzer splits them ({@link Tokens}), for other features that
 * compare texts: each word as the hash of its lower-cased form, computed in the one scan, so that
 * comparing two excerpts allocates no strings.
 */
public final class Words {

    private Words() {
    }

    /** The hash ({@link String#hashCode()}) of each word's lower-cased form, in order. */
    public static int[] hashes(String text) {
        Tokens tokens = Tokens.of(text, Map.of());
        return Arrays.copyOf(tokens.hash, tokens.size);
    }
}
