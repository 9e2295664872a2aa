package io.credence.trackrecord;

import static org.assertj.core.api.Assertions.assertThat;

import io.credence.assessment.Reliability;
import io.credence.trackrecord.TrackRecord.Direction;
import io.credence.trackrecord.TrackRecord.Outcome;
import io.credence.trackrecord.TrackRecord.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Track records on generated histories: suggestions where the record is clear, none where it is thin. */
class TrackRecordTest {

    /** The engine's default trust table (application.properties). */
    private static final Map<Reliability, Double> TRUST = Map.of(
            Reliability.A,
            1.0,
            Reliability.B,
            0.8,
            Reliability.C,
            0.6,
            Reliability.D,
            0.3,
            Reliability.E,
            0.1,
            Reliability.F,
            0.0);

    private static final TrackRecord.Parameters PARAMETERS = new TrackRecord.Parameters(5, 0.9);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final Random random = new Random(20261205);

    /** A history of claims the source reported on, each right with the given chance, then judged by the desk. */
    private List<Report> history(int claims, double rightShare, double withdrawnShare) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            boolean verdictTrue = random.nextBoolean();
            int rating = verdictTrue ? 4 + random.nextInt(2) : 1 + random.nextInt(2);
            boolean right = random.nextDouble() < rightShare;
            String stance = right == verdictTrue ? "SUPPORTS" : "REFUTES";
            reports.add(new Report(
                    UUID.randomUUID(),
                    "claim " + i,
                    rating,
                    stance,
                    T0.plusSeconds(i),
                    random.nextDouble() < withdrawnShare));
        }
        return reports;
    }

    private static TrackRecord record(Reliability current, List<Report> reports) {
        return TrackRecord.of(current, TrackRecord.resolve(reports), TRUST, PARAMETERS);
    }

    @RepeatedTest(20)
    void aReliableSourceRatedDGetsASuggestionToRaise() {
        TrackRecord record = record(Reliability.D, history(30, 0.95, 0));

        assertThat(record.suggestion()).isNotNull();
        assertThat(record.suggestion().direction()).isEqualTo(Direction.RAISE);
        assertThat(record.suggestion().reliability()).isIn(Reliability.A, Reliability.B);
        assertThat(record.suggestion().because()).contains("30 claims").contains("A D source is trusted at 0.30");
    }

    @RepeatedTest(20)
    void aSourceMostlyRefutedGetsASuggestionToLower() {
        TrackRecord record = record(Reliability.B, history(20, 0.15, 0.1));

        assertThat(record.suggestion()).isNotNull();
        assertThat(record.suggestion().direction()).isEqualTo(Direction.LOWER);
        assertThat(record.suggestion().reliability()).isIn(Reliability.D, Reliability.E);
    }

    @Test
    void oneResolvedClaimIsNotEnoughHoweverItWent() {
        for (Reliability current : Reliability.values()) {
            for (List<Report> one : List.of(history(1, 1.0, 0), history(1, 0.0, 0), history(1, 0, 1.0))) {
                TrackRecord record = record(current, one);
                assertThat(record.resolvedCount()).isEqualTo(1);
                assertThat(record.suggestion()).as("%s after %s", current, one).isNull();
                assertThat(record.high() - record.low())
                        .as("one claim leaves the interval wide")
                        .isGreaterThan(0.5);
            }
        }
    }

    @RepeatedTest(20)
    void aRecordThatFitsItsRatingSuggestsNothing() {
        assertThat(record(Reliability.B, history(25, 0.8, 0)).suggestion()).isNull();
    }

    @Test
    void theEstimateIsTheBetaMeanAndTheIntervalHoldsIt() {
        List<Report> reports = history(40, 0.7, 0.05);
        TrackRecord record = record(Reliability.C, reports);

        assertThat(record.agreed() + record.disagreed() + record.withdrawn()).isEqualTo(40);
        assertThat(record.estimate()).isCloseTo((record.agreed() + 1.0) / 42, Offset.offset(1e-12));
        assertThat(record.low()).isLessThan(record.estimate());
        assertThat(record.high()).isGreaterThan(record.estimate());
    }

    @Test
    void aLaterReportCorrectsAnEarlierAndOnlyEveryReportWithdrawnCountsAsWithdrawn() {
        UUID corrected = UUID.randomUUID();
        UUID withdrawnAll = UUID.randomUUID();
        UUID mixed = UUID.randomUUID();
        List<TrackRecord.Resolved> resolved = TrackRecord.resolve(List.of(
                new Report(corrected, "corrected", 1, "SUPPORTS", T0, false),
                new Report(corrected, "corrected", 1, "REFUTES", T0.plusSeconds(60), false),
                new Report(withdrawnAll, "withdrawn", 5, "SUPPORTS", T0, true),
                new Report(mixed, "a mixed verdict resolves nothing", 3, "SUPPORTS", T0, false),
                new Report(UUID.randomUUID(), "context says nothing", 5, "CONTEXT", T0, false)));

        assertThat(resolved).extracting(TrackRecord.Resolved::claimId).containsExactly(corrected, withdrawnAll);
        assertThat(resolved)
                .extracting(TrackRecord.Resolved::outcome)
                .containsExactly(Outcome.AGREED, Outcome.WITHDRAWN);
    }

    @Test
    void aSourceWhoseReliabilityCouldNotBeJudgedGetsOneOnceTheRecordIsClear() {
        TrackRecord record = record(Reliability.F, history(15, 0.9, 0));

        assertThat(record.suggestion()).isNotNull();
        assertThat(record.suggestion().direction()).isEqualTo(Direction.RAISE);
        assertThat(record.suggestion().because()).contains("could not be judged");
    }
}
