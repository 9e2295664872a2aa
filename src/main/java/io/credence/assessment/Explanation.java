package io.credence.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule 8, plain words: why a claim has its status, with source names, short enough to read aloud:
 * "Leans true: Reuters (B2) reports it first-hand, and 3 other items repeat that report (counted
 * once); nothing graded B2 or better from a second origin, so it is not confirmed."
 */
final class Explanation {

    private static final int NAMED_ORIGINS = 3;

    private Explanation() {}

    static String of(Assessment a, List<EvidenceItem> items, Provenance provenance, EvidenceBounds bounds) {
        List<String> parts = new ArrayList<>();
        List<ItemDerivation> rows = a.derivation();
        side(parts, rows, Stance.SUPPORTS, "reports it", "backs it");
        side(parts, rows, Stance.REFUTES, "refutes it", "refutes it");
        if (parts.isEmpty()) {
            parts.add("no evidence graded " + bounds.countsFrom() + " or better either way");
        }
        String cap = cap(a, bounds);
        if (cap != null) {
            parts.add(cap);
        } else if (a.status() == Status.UNVERIFIED || a.status() == Status.RUMOUR) {
            parts.add("too little evidence to judge");
        } else if ((a.status() == Status.LIKELY_TRUE || a.status() == Status.LIKELY_FALSE)
                && a.independentOrigins() == 1) {
            parts.add("no independent confirmation");
        }
        count(
                parts,
                rows,
                ItemRole.BELOW_BOUND,
                "weaker item is listed but does not count",
                "weaker items are listed but do not count");
        withdrawnOrigins(parts, rows);
        corrections(parts, rows);
        provenance.cycles.stream().limit(3).forEach(parts::add);
        return Vocabulary.headline(a.status()) + ": " + String.join("; ", parts) + ".";
    }

    /** One clause per origin that decides the side, strongest first; the rest counted. */
    private static void side(List<String> parts, List<ItemDerivation> rows, Stance stance, String verb, String backs) {
        Map<String, List<ItemDerivation>> byOrigin = new LinkedHashMap<>();
        List<ItemDerivation> counted = new ArrayList<>();
        int corroborating = 0;
        for (ItemDerivation row : rows) {
            if (row.stance() != stance) {
                continue;
            }
            switch (row.role()) {
                case COUNTED -> counted.add(row);
                case REPEAT, COPY ->
                    byOrigin.computeIfAbsent(row.originId(), k -> new ArrayList<>())
                            .add(row);
                case CORROBORATION -> corroborating++;
                default -> {
                    // listed elsewhere or not at all
                }
            }
        }
        counted.sort(Comparator.comparingDouble(ItemDerivation::contribution)
                .reversed()
                .thenComparing(ItemDerivation::sourceName)
                .thenComparing(ItemDerivation::originName)
                .thenComparing(ItemDerivation::id));
        List<String> clauses = new ArrayList<>();
        for (ItemDerivation row : counted.subList(0, Math.min(NAMED_ORIGINS, counted.size()))) {
            StringBuilder clause = new StringBuilder(row.sourceName())
                    .append(" (")
                    .append(row.grade())
                    .append(") ");
            if (row.originId().equals(row.sourceId())) {
                clause.append(verb).append(stance == Stance.SUPPORTS ? " first-hand" : "");
            } else {
                clause.append(verb).append(", passing on ").append(row.originName());
            }
            int repeats = byOrigin.getOrDefault(row.originId(), List.of()).size();
            if (repeats > 0) {
                clause.append(", and ")
                        .append(repeats)
                        .append(repeats == 1 ? " other item repeats" : " other items repeat")
                        .append(" that report (counted once)");
            }
            clauses.add(clause.toString());
        }
        int more = counted.size() - NAMED_ORIGINS;
        if (more > 0) {
            clauses.add(more + " more independent " + (more == 1 ? "origin " : "origins ") + backs);
        }
        if (corroborating > 0) {
            clauses.add(corroborating + (corroborating == 1 ? " item" : " items")
                    + " from other origins add nothing beyond the confirmation a credibility-1 report already claims");
        }
        parts.addAll(clauses);
    }

    private static String cap(Assessment a, EvidenceBounds bounds) {
        if (a.cap() == null) {
            return null;
        }
        String outcome = a.status() == Status.LIKELY_TRUE ? "so it is not confirmed" : "so it is not shown false";
        return switch (a.cap()) {
            case NO_STRONG_ITEM -> "nothing graded " + bounds.confirmsFrom() + " or better, " + outcome;
            case NO_SECOND_ORIGIN ->
                "no second independent origin graded " + bounds.secondFrom() + " or better, " + outcome;
            case STRONG_ITEMS_NOT_ENOUGH ->
                "the items graded " + bounds.secondFrom() + " or better are not enough on " + "their own, " + outcome;
        };
    }

    private static void count(List<String> parts, List<ItemDerivation> rows, ItemRole role, String one, String many) {
        long count = rows.stream().filter(r -> r.role() == role).count();
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    private static void withdrawnOrigins(List<String> parts, List<ItemDerivation> rows) {
        Map<String, Long> byOrigin = new TreeMap<>();
        rows.stream()
                .filter(r -> r.role() == ItemRole.REPEATS_WITHDRAWN)
                .forEach(r -> byOrigin.merge(r.originName(), 1L, Long::sum));
        byOrigin.forEach((origin, count) -> parts.add(count + (count == 1 ? " item repeats " : " items repeat ")
                + origin + "'s withdrawn report and no longer " + (count == 1 ? "counts" : "count")));
    }

    private static void corrections(List<String> parts, List<ItemDerivation> rows) {
        rows.stream()
                .filter(r -> r.role() == ItemRole.SUPERSEDED)
                .map(ItemDerivation::sourceName)
                .distinct()
                .sorted()
                .forEach(source -> parts.add(source + " corrected its earlier report"));
    }
}
