package io.credence.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What would move a claim's status: the smallest additions and the one withdrawal, in the rules' own
 * terms (a stance, an Admiralty grade, an independent origin) and in plain words.
 *
 * <p>Additions are found over the whole grade scale, not guessed: for each stance, one new independent
 * first-hand item of every grade that can count (reliability A-E, credibility 1-5; F and 6 weigh
 * nothing) is assessed beside the claim's items with the parameters in force. For each status reached,
 * the answer names the weakest grades that reach it (a grade no other reaching grade is below), and
 * says "or better" only when every stronger grade reaches the same status. Withdrawals try the
 * {@value #WITHDRAWALS_TRIED} strongest items still counting (each assessment of a 1,000-item claim
 * takes about 1.6 ms) and name the one whose withdrawal moves the probability most. Claims of more
 * than {@value #MAX_ITEMS} items get no answer.
 */
public final class WhatWouldChange {

    static final int WITHDRAWALS_TRIED = 25;
    /**
     * Above this many items the answer is empty: its 75 assessments would take 0.1 s at 1,000 items
     * and half a minute at 100,000 (docs/PERFORMANCE.md, engine benchmark); no single item or grade
     * moves such a claim's status in practice.
     */
    public static final int MAX_ITEMS = 2_000;
    /** The hypothetical item's source: new, so that it is its own origin. */
    private static final String NEW_SOURCE = "would-change:new-source";

    private static final Grade BEST = new Grade(Reliability.A, 1);

    public enum Kind {
        ADD,
        WITHDRAW
    }

    /**
     * One change: {@code kind} ADD with the {@code stance} and {@code minimumGrades} of the item to add,
     * or WITHDRAW with the {@code evidenceId} to withdraw; {@code reaches} the status it would give.
     */
    public record Change(
            Kind kind,
            Status reaches,
            Stance stance,
            List<Grade> minimumGrades,
            boolean orBetter,
            String evidenceId,
            String sentence) {}

    private final ConfidenceEngine engine;

    public WhatWouldChange(ConfidenceEngine engine) {
        this.engine = engine;
    }

    /** The changes that would move the status {@code now} has, additions first (supporting, then refuting). */
    public List<Change> of(List<EvidenceItem> items, boolean rumourGrade, Assessment now) {
        if (items.size() > MAX_ITEMS) {
            return List.of();
        }
        // The hypothetical item is observed last, after every item the claim has.
        Instant observed = items.stream()
                .map(EvidenceItem::observedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH)
                .plusSeconds(1);
        List<Change> changes = new ArrayList<>();
        for (Stance stance : List.of(Stance.SUPPORTS, Stance.REFUTES)) {
            changes.addAll(additions(items, rumourGrade, now.status(), stance, observed));
        }
        strongestWithdrawal(items, rumourGrade, now).ifPresent(changes::add);
        return changes;
    }

    /** Every grade an item can have that weighs something (F and credibility 6 weigh nothing), strongest first. */
    /** The very item tried, not an equal one: two items of a claim may carry the same values. */
    @SuppressWarnings("ReferenceEquality")
    private static boolean isSameItem(EvidenceItem a, EvidenceItem b) {
        return a == b;
    }

    private static List<Grade> countingGrades() {
        List<Grade> grades = new ArrayList<>();
        for (Reliability letter : Reliability.values()) {
            if (letter == Reliability.F) {
                continue;
            }
            for (int credibility = 1; credibility <= 5; credibility++) {
                grades.add(new Grade(letter, credibility));
            }
        }
        return grades;
    }

    private List<Change> additions(
            List<EvidenceItem> items, boolean rumourGrade, Status now, Stance stance, Instant observed) {
        Map<Grade, Status> reached = new LinkedHashMap<>();
        for (Grade grade : countingGrades()) {
            List<EvidenceItem> more = new ArrayList<>(items);
            more.add(hypothetical(stance, grade, observed));
            reached.put(grade, engine.assess(more, rumourGrade).status());
        }
        Map<Status, List<Grade>> byStatus = new EnumMap<>(Status.class);
        reached.forEach((grade, status) -> {
            if (status != now) {
                byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(grade);
            }
        });
        List<Change> changes = new ArrayList<>();
        byStatus.forEach((status, grades) -> {
            List<Grade> weakest = grades.stream()
                    .filter(g -> grades.stream().noneMatch(other -> !other.equals(g) && g.atLeast(other)))
                    .toList();
            // Nothing is better than A1: "A1 or better" would say more than there is.
            boolean orBetter = !weakest.equals(List.of(BEST))
                    && weakest.stream()
                            .allMatch(g -> reached.entrySet().stream()
                                    .filter(e -> e.getKey().atLeast(g))
                                    .allMatch(e -> e.getValue() == status));
            changes.add(new Change(
                    Kind.ADD,
                    status,
                    stance,
                    weakest,
                    orBetter,
                    null,
                    additionSentence(stance, weakest, orBetter, status)));
        });
        // The smallest step first: the change the weakest item makes.
        changes.sort(Comparator.comparingInt(c -> c.minimumGrades().stream()
                .mapToInt(WhatWouldChange::strength)
                .min()
                .orElse(0)));
        return changes;
    }

    private Optional<Change> strongestWithdrawal(List<EvidenceItem> items, boolean rumourGrade, Assessment now) {
        List<EvidenceItem> tried = items.stream()
                .filter(i -> !i.withdrawn())
                .sorted(Comparator.comparingInt((EvidenceItem i) -> -strength(gradeOf(i)))
                        .thenComparing(EvidenceItem::id))
                .limit(WITHDRAWALS_TRIED)
                .toList();
        Change best = null;
        double moved = 0;
        for (EvidenceItem item : tried) {
            List<EvidenceItem> without = items.stream()
                    .map(i -> isSameItem(i, item) ? i.withdrawnNow() : i)
                    .toList();
            Assessment after = engine.assess(without, rumourGrade);
            double by = Math.abs(after.evidenceProbability() - now.evidenceProbability());
            if (after.status() != now.status() && (best == null || by > moved)) {
                moved = by;
                best = new Change(
                        Kind.WITHDRAW,
                        after.status(),
                        null,
                        List.of(),
                        false,
                        item.id(),
                        "Withdrawing " + item.source().name() + "'s report (" + gradeOf(item) + ") would make it "
                                + after.status() + ".");
            }
        }
        return Optional.ofNullable(best);
    }

    private static EvidenceItem hypothetical(Stance stance, Grade grade, Instant observed) {
        return new EvidenceItem(
                "would-change:item",
                new EvidenceItem.SourceRef(NEW_SOURCE, "a new source", grade.reliability()),
                stance,
                grade.credibility(),
                null,
                null,
                observed,
                0,
                false,
                true);
    }

    /** The item's own grade: its source's letter now and its credibility. */
    private static Grade gradeOf(EvidenceItem item) {
        return new Grade(item.reliability(), item.credibility());
    }

    /** Higher for stronger grades; orders grades that the scale itself leaves unordered (B3 against C2). */
    private static int strength(Grade grade) {
        return (Reliability.values().length + 1 - grade.reliability().step()) * 10 + (7 - grade.credibility());
    }

    private static String additionSentence(Stance stance, List<Grade> grades, boolean orBetter, Status status) {
        String graded = grades.stream().map(Grade::toString).collect(Collectors.joining(" or "));
        return "One more independent origin graded " + graded + (orBetter ? " or better" : "") + " that "
                + (stance == Stance.SUPPORTS ? "supports" : "refutes") + " it would make it " + status + ".";
    }
}
