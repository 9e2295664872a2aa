package io.credence.language;

/** A sentence of the analyzed text, by offsets, and how rumour-grade it is (0..1). */
public record SentenceScore(int start, int end, double rumourScore) {}
