package io.credence.trackrecord;

import io.credence.assessment.Reliability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * How a source's first-hand reports fared against the desk's published verdicts, as a beta-reputation
 * estimate (Jøsang and Ismail 2002): with {@code r} reports that agreed and {@code s} that disagreed or
 * were withdrawn, the share it gets right is Beta(r + 1, s + 1), whose mean is the estimate and whose
 * central interval at the credible level is the uncertainty. The engine's trust table is read as the
 * share of its reports a source of each letter gets right; a rating is suggested only when enough claims
 * are resolved, the interval excludes the current letter's trust, and another letter's trust is nearer
 * the estimate. Pure: the numbers in, the judgement out.
 *
 * @param resolved every resolved claim the record counts
 */
public record TrackRecord(
        Reliability current,
        List<Resolved> resolved,
        int agreed,
        int disagreed,
        int withdrawn,
        double estimate,
        double low,
        double high,
        double level,
        Suggestion suggestion) {

    /** What became of the source's report on one claim once the desk published its verdict. */
    public enum Outcome {
        AGREED,
        DISAGREED,
        WITHDRAWN
    }

    /** One claim the record counts: the source's standing stance on it (or its withdrawal) against the verdict. */
    public record Resolved(UUID claimId, String claimText, int verdictRating, String stance, Outcome outcome) {}

    public enum Direction {
        RAISE,
        LOWER
    }

    /** A rating the record argues for, with the sentence that says why. */
    public record Suggestion(Reliability reliability, Direction direction, String because) {}

    /** The thresholds: how many resolved claims before any suggestion, and the credible interval's level. */
    public record Parameters(int minResolved, double credibleLevel) {

        public Parameters {
            if (minResolved < 1 || !(credibleLevel > 0 && credibleLevel < 1)) {
                throw new IllegalArgumentException(
                        "minResolved must be at least 1 and the credible level between 0 and 1");
            }
        }
    }

    /** The letters a record can argue for: F says reliability cannot be judged, which a record of claims can. */
    private static final List<Reliability> JUDGED =
            List.of(Reliability.A, Reliability.B, Reliability.C, Reliability.D, Reliability.E);

    public static TrackRecord of(
            Reliability current, List<Resolved> resolved, Map<Reliability, Double> trust, Parameters parameters) {
        int agreed = count(resolved, Outcome.AGREED);
        int disagreed = count(resolved, Outcome.DISAGREED);
        int withdrawn = count(resolved, Outcome.WITHDRAWN);
        BetaDistribution share = BetaDistribution.of(agreed + 1.0, disagreed + withdrawn + 1.0);
        double tail = (1 - parameters.credibleLevel()) / 2;
        double estimate = share.getMean();
        double low = share.inverseCumulativeProbability(tail);
        double high = share.inverseCumulativeProbability(1 - tail);
        Suggestion suggestion = suggest(
                        current, resolved.size(), agreed, disagreed, withdrawn, estimate, low, high, trust, parameters)
                .orElse(null);
        return new TrackRecord(
                current,
                List.copyOf(resolved),
                agreed,
                disagreed,
                withdrawn,
                estimate,
                low,
                high,
                parameters.credibleLevel(),
                suggestion);
    }

    public int resolvedCount() {
        return resolved.size();
    }

    private static Optional<Suggestion> suggest(
            Reliability current,
            int n,
            int agreed,
            int disagreed,
            int withdrawn,
            double estimate,
            double low,
            double high,
            Map<Reliability, Double> trust,
            Parameters parameters) {
        if (n < parameters.minResolved()) {
            return Optional.empty();
        }
        boolean currentFits = current != Reliability.F && trust.get(current) >= low && trust.get(current) <= high;
        // The nearest letter; between two equally near, the less trusted: a record never argues for more trust than it
        // shows.
        Reliability nearest = JUDGED.stream()
                .min(Comparator.comparingDouble((Reliability l) -> Math.abs(trust.get(l) - estimate))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        if (currentFits || nearest == current) {
            return Optional.empty();
        }
        Direction direction =
                current == Reliability.F || trust.get(nearest) > trust.get(current) ? Direction.RAISE : Direction.LOWER;
        String because = String.format(
                Locale.ROOT,
                "Of its first-hand reports on %d claims with a published verdict, %d "
                        + "agreed with the verdict, %d disagreed and %d were withdrawn: it is right about %d%% of the time "
                        + "(%d%% credible interval %d-%d%%). A %s source is trusted at %.2f%s; %s (%.2f) is the nearest rating.",
                n,
                agreed,
                disagreed,
                withdrawn,
                Math.round(estimate * 100),
                Math.round(parameters.credibleLevel() * 100),
                Math.round(low * 100),
                Math.round(high * 100),
                current,
                trust.get(current),
                current == Reliability.F ? " (its reliability could not be judged)" : ", outside that interval",
                nearest,
                trust.get(nearest));
        return Optional.of(new Suggestion(nearest, direction, because));
    }

    /** One first-hand report of the source on a claim the desk has a verdict on (1 false .. 5 true). */
    public record Report(
            UUID claimId, String claimText, int verdictRating, String stance, Instant at, boolean withdrawn) {}

    /**
     * What the reports come to, a claim at a time: the source's latest standing report on the claim (a later one
     * corrects an earlier), or WITHDRAWN when it withdrew every report it made. A verdict of 3 (mixed) resolves
     * nothing either way; stances other than SUPPORTS and REFUTES say nothing about the claim's truth.
     */
    public static List<Resolved> resolve(List<Report> reports) {
        Map<UUID, List<Report>> byClaim = new LinkedHashMap<>();
        reports.stream()
                .filter(r -> r.verdictRating() != 3
                        && (r.stance().equals("SUPPORTS") || r.stance().equals("REFUTES")))
                .forEach(r -> byClaim.computeIfAbsent(r.claimId(), id -> new ArrayList<>())
                        .add(r));
        return byClaim.values().stream()
                .map(onClaim -> {
                    Report first = onClaim.get(0);
                    Optional<Report> standing =
                            onClaim.stream().filter(r -> !r.withdrawn()).max(Comparator.comparing(Report::at));
                    if (standing.isEmpty()) {
                        return new Resolved(
                                first.claimId(),
                                first.claimText(),
                                first.verdictRating(),
                                first.stance(),
                                Outcome.WITHDRAWN);
                    }
                    Report report = standing.get();
                    boolean saidTrue = report.stance().equals("SUPPORTS");
                    boolean verdictTrue = report.verdictRating() > 3;
                    return new Resolved(
                            report.claimId(),
                            report.claimText(),
                            report.verdictRating(),
                            report.stance(),
                            saidTrue == verdictTrue ? Outcome.AGREED : Outcome.DISAGREED);
                })
                .toList();
    }

    private static int count(List<Resolved> resolved, Outcome outcome) {
        return (int) resolved.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The trust table as the record reads it. */
    public static Map<Reliability, Double> trustOf(ToDoubleFunction<Reliability> trust) {
        Map<Reliability, Double> table = new EnumMap<>(Reliability.class);
        Stream.of(Reliability.values()).forEach(l -> table.put(l, trust.applyAsDouble(l)));
        return table;
    }
}
