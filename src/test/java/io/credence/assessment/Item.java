package io.credence.assessment;

import java.time.Instant;

/** Builds evidence items for the engine's tests: {@code item("e1").from("wire", A).supports(2).build()}. */
final class Item {

    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private final String id;
    private String source = "wire";
    private Reliability reliability = Reliability.A;
    private Stance stance = Stance.SUPPORTS;
    private int credibility = 2;
    private String cites;
    private Reliability citedReliability;
    private String excerpt;
    private Instant at = T0;
    private double penalty;
    private boolean withdrawn;
    private boolean independent;

    private Item(String id) {
        this.id = id;
    }

    static Item item(String id) {
        return new Item(id);
    }

    Item from(String source, Reliability reliability) {
        this.source = source;
        this.reliability = reliability;
        return this;
    }

    Item supports(int credibility) {
        return stance(Stance.SUPPORTS, credibility);
    }

    Item refutes(int credibility) {
        return stance(Stance.REFUTES, credibility);
    }

    Item context() {
        return stance(Stance.CONTEXT, credibility);
    }

    Item stance(Stance stance, int credibility) {
        this.stance = stance;
        this.credibility = credibility;
        return this;
    }

    Item cites(String source, Reliability reliability) {
        this.cites = source;
        this.citedReliability = reliability;
        return this;
    }

    Item says(String excerpt) {
        this.excerpt = excerpt;
        return this;
    }

    /** Observed that many minutes after {@link #T0}. */
    Item at(int minute) {
        this.at = T0.plusSeconds(60L * minute);
        return this;
    }

    Item penalty(double penalty) {
        this.penalty = penalty;
        return this;
    }

    Item withdrawn() {
        this.withdrawn = true;
        return this;
    }

    Item independent() {
        this.independent = true;
        return this;
    }

    EvidenceItem build() {
        return new EvidenceItem(
                id,
                new EvidenceItem.SourceRef(source, source, reliability),
                stance,
                credibility,
                cites == null ? null : new EvidenceItem.SourceRef(cites, cites, citedReliability),
                excerpt,
                at,
                penalty,
                withdrawn,
                independent);
    }
}
