package io.credence.console;

import io.credence.assessment.Assessment;
import io.credence.assessment.ItemDerivation;
import io.credence.assessment.ItemRole;
import io.credence.assessment.WhatWouldChange;
import io.credence.claim.Claim;
import io.credence.claim.WorkflowStage;
import io.credence.evidence.Evidence;
import io.credence.matching.ClaimSearch;
import io.credence.source.Source;
import io.credence.verdict.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the claim page shows, worked out from the claim, its assessment and its evidence: the
 * text cut into plain and flagged pieces, the opinion as percentages that add up to 100, and the
 * evidence grouped under the origin each report comes from, the counted item first.
 */
public record ClaimView(
        Claim claim,
        List<Marked.Segment> text,
        OpinionBar opinion,
        Assessment assessment,
        List<WhatWouldChange.Change> wouldChange,
        List<OriginGroup> evidence,
        Verdict verdict,
        SignedReview signedReview,
        List<ClaimSearch.Match> similar,
        List<Source> sources,
        List<WorkflowStage> moves) {

    /**
     * The published ClaimReview's signature as a partner would check it against the published key set:
     * whether it verifies, with which key and when, and the audit event of the verdict it names.
     */
    public record SignedReview(
            boolean verifies, String keyId, Instant signedAt, String refusal, String eventChain, long eventSequence) {

        /** The key id's first characters: enough to tell keys apart on the page. */
        public String shortKeyId() {
            return keyId == null ? "" : keyId.substring(0, Math.min(12, keyId.length())) + "…";
        }
    }

    /** Belief, disbelief and uncertainty in whole percent (adding up to 100), and P(true) in percent. */
    public record OpinionBar(long belief, long disbelief, long uncertainty, long probability) {

        static OpinionBar of(double b, double d, double p) {
            long belief = Math.round(b * 100);
            long disbelief = Math.min(100 - belief, Math.round(d * 100));
            return new OpinionBar(belief, disbelief, 100 - belief - disbelief, Math.round(p * 100));
        }

        public long disbeliefStart() {
            return belief;
        }

        public long uncertaintyStart() {
            return belief + disbelief;
        }

        public String described() {
            return "Belief " + belief + "%, disbelief " + disbelief + "%, uncertainty " + uncertainty
                    + "%; probability true " + probability + "%";
        }
    }

    /** One evidence item: how the engine counted it, and what it is. */
    public record Row(ItemDerivation derivation, Evidence item) {

        public boolean counted() {
            return derivation.role() == ItemRole.COUNTED;
        }

        public boolean withdrawn() {
            return item != null && item.isWithdrawn();
        }

        public String url() {
            return item == null ? null : item.url;
        }

        public String excerpt() {
            return item == null ? null : item.excerpt;
        }

        public String withdrawalReason() {
            return item == null ? null : item.withdrawalReason;
        }

        public String weight() {
            return String.format(Locale.ROOT, "%.2f", derivation.weight());
        }
    }

    /** The items whose report comes from one origin: repeats and copies under the item that counts. */
    public record OriginGroup(String originId, String originName, List<Row> rows) {}

    static List<OriginGroup> groups(List<ItemDerivation> derivation, List<Evidence> items) {
        Map<String, Evidence> byId =
                items.stream().collect(Collectors.toMap(e -> e.id.toString(), Function.identity()));
        Map<String, List<Row>> byOrigin = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ItemDerivation d : derivation) {
            String origin = d.originId() == null ? d.sourceId() : d.originId();
            byOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(new Row(d, byId.get(d.id())));
            names.putIfAbsent(origin, d.originName() == null ? d.sourceName() : d.originName());
        }
        List<OriginGroup> groups = new ArrayList<>();
        byOrigin.forEach((origin, rows) -> groups.add(new OriginGroup(
                origin,
                names.get(origin),
                rows.stream().sorted(Comparator.comparing(r -> !r.counted())).toList())));
        return groups;
    }
}
