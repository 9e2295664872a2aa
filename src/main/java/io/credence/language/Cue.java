package io.credence.language;

/** One lexicon phrase after expansion of its optional words and alternatives. */
record Cue(String phrase, Category category, double severity, Rule rule) {}
