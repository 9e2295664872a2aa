package io.credence.assessment;

/** Admiralty code (STANAG 2511) source reliability. F means the reliability cannot be judged. */
public enum Reliability {
    A(1, "Completely reliable"),
    B(2, "Usually reliable"),
    C(3, "Fairly reliable"),
    D(4, "Not usually reliable"),
    E(5, "Unreliable"),
    F(6, "Reliability cannot be judged");

    private final int step;
    private final String label;

    Reliability(int step, String label) {
        this.step = step;
        this.label = label;
    }

    /** The letter's place on the scale: 1 for A (the most reliable) to 6 for F. */
    public int step() {
        return step;
    }

    /** Whether this letter stands below the other on the scale (F below every other letter). */
    public boolean weakerThan(Reliability other) {
        return step > other.step;
    }

    public String label() {
        return label;
    }
}
