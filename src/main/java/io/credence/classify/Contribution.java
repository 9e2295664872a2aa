package io.credence.classify;

/** How much one feature of an input pushed a classifier towards the positive class (its weight times its value). */
public record Contribution(String feature, double weight) {}
