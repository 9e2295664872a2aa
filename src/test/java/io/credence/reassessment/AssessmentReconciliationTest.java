package io.credence.reassessment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EngineParameters;
import io.credence.support.AdjustableClock;
import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Engine parameters are versioned: a change (or none recorded, as after the migration) records a new
 * version and reassesses every claim in the background, and an as-of view uses the version then in force.
 */
@QuarkusTest
class AssessmentReconciliationTest {

    /** Time moves on when the test says so, not by sleeping. */
    private AdjustableClock clock;

    @BeforeEach
    void adjustableClock() {
        clock = AdjustableClock.install();
    }

    @Inject
    AssessmentReconciliation reconciliation;

    @Inject
    ParameterVersions versions;

    @Inject
    ConfidenceEngine engine;

    @Inject
    EntityManager em;

    @Test
    void unrecordedParametersAreRecordedAndEveryClaimReassessedInTheBackground() {
        String claim = twoGoodReports();
        Map<String, Object> computed = stateOf(claim);
        assertEquals("CONFIRMED", computed.get("status"), "two good supporting items from independent origins");

        // As a seed or an older schema leaves them: the prior's status, no recorded parameters.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update claim set status = 'UNVERIFIED', probability = 0.5, belief = 0, "
                            + "disbelief = 0, uncertainty = 1 where id = ?1")
                    .setParameter(1, UUID.fromString(claim))
                    .executeUpdate();
            em.createNativeQuery("delete from engine_parameters").executeUpdate();
        });
        assertNotEquals(computed, stateOf(claim));

        String since = clock.instant().minusMillis(1).toString();
        reconciliation.onStart(null);

        String job = latestJob();
        Api.awaitJob(job);
        assertEquals(computed, stateOf(claim));
        assertEquals(1, versionCount());

        // The change is in the trail, with the parameters, the lexicon's fingerprint and the job it queued.
        List<Map<String, Object>> changes = parameterChangesSince(since);
        assertEquals(1, changes.size());
        assertEquals("system", changes.get(0).get("actor"));
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) changes.get(0).get("after");
        assertEquals(1, after.get("version"));
        assertEquals(job, after.get("reassessmentJob"));
        assertEquals(
                engine.parameters().baseRate(),
                ((Number) ((Map<?, ?>) after.get("parameters")).get("baseRate")).doubleValue());

        // The same parameters again: nothing recorded, nothing queued, nothing audited.
        reconciliation.onStart(null);
        assertEquals(1, versionCount());
        assertEquals(job, latestJob());
        assertEquals(1, parameterChangesSince(since).size());
        given().get("/audit/verification").then().statusCode(200).body("valid", Matchers.equalTo(true));
    }

    private static List<Map<String, Object>> parameterChangesSince(String since) {
        return given().queryParam("action", "parameters.changed")
                .queryParam("from", since)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    @Test
    void anAsOfViewAssessesWithTheParametersInForceThen() {
        String claim = twoGoodReports(); // P = 5.48 / 6.48 = 0.846
        EngineParameters p = engine.parameters();
        EngineParameters stricter = new EngineParameters(
                p.trust(),
                p.credibilityWeight(),
                p.priorWeight(),
                p.baseRate(),
                p.unverifiedAbove(),
                p.contestedAt(),
                0.95,
                p.likelyTrueFrom(),
                p.likelyFalseTo(),
                p.falseTo(),
                p.highConfidenceUncertainty(),
                p.highConfidenceOrigins(),
                p.moderateConfidenceUncertainty(),
                p.moderateConfidenceOrigins(),
                p.bounds(),
                p.copies());
        Instant stricterFrom = clock.instant();
        long stricterVersion = record(stricter, stricterFrom);
        clock.advance(Duration.ofMillis(5));
        Instant whileStricter = clock.instant();
        clock.advance(Duration.ofMillis(5));
        long currentVersion = record(p, clock.instant());
        try {
            assertEquals(
                    "LIKELY_TRUE",
                    given().queryParam("asOf", whileStricter.toString())
                            .get("/claims/{id}", claim)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("assessment.status"));
            assertEquals(
                    "CONFIRMED",
                    given().queryParam("asOf", clock.instant().toString())
                            .get("/claims/{id}", claim)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("assessment.status"));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from engine_parameters where version in (?1, ?2)")
                            .setParameter(1, stricterVersion)
                            .setParameter(2, currentVersion)
                            .executeUpdate());
        }
    }

    private String twoGoodReports() {
        String claim = Api.createClaim("Reconciliation found 4 tonnes of gold in " + Api.uniqueWord("Port"));
        Api.addEvidence(claim, Api.createSource(Api.unique("Reconciled agency"), "B"), "SUPPORTS", 2);
        Api.addEvidence(claim, Api.createSource(Api.unique("Reconciled paper"), "B"), "SUPPORTS", 2);
        return claim;
    }

    private long record(EngineParameters parameters, Instant from) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long version = ((Number) em.createNativeQuery("select coalesce(max(version), 0) + 1 from engine_parameters")
                            .getSingleResult())
                    .longValue();
            em.createNativeQuery(
                            "insert into engine_parameters (version, fingerprint, lexicon, parameters, effective_from) "
                                    + "values (?1, 'test', 'test', ?2, ?3)")
                    .setParameter(1, version)
                    .setParameter(2, versions.write(parameters))
                    .setParameter(3, from)
                    .executeUpdate();
            return version;
        });
    }

    private long versionCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from engine_parameters")
                                .getSingleResult())
                        .longValue());
    }

    private static String latestJob() {
        List<String> ids = given().queryParam("size", 1)
                .get("/jobs")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        return ids.get(0);
    }

    private static Map<String, Object> stateOf(String claim) {
        var json = given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return Map.of(
                "status",
                json.getString("status"),
                "probability",
                json.getString("probability"),
                "uncertainty",
                json.getString("uncertainty"));
    }
}
