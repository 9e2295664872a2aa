package io.credence.language;

import java.util.List;

/**
 * What the analyzer found. A sentence's score is 1 − Π(1 − severity) over its flags (independent
 * cues accumulate, none alone exceeds its own severity); the text's score is its highest sentence's.
 */
public record Analysis(List<Flag> flags, double rumourScore, List<SentenceScore> sentences) {}
