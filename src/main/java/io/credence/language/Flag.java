package io.credence.language;

/**
 * One rumour-grade cue found in a text. {@code text.substring(start, end)} is {@link #text()}.
 *
 * @param cue the lexicon phrase that matched, as written in the lexicon after expansion
 */
public record Flag(int start, int end, String text, Category category, double severity, String cue) {}
