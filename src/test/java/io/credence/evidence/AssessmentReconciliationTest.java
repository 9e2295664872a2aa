package io.credence.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rows written before the weights existed (or with other parameters) are reweighed and reassessed at start-up. */
@QuarkusTest
class AssessmentReconciliationTest {

    @Inject
    AssessmentReconciliation reconciliation;

    @Inject
    EntityManager em;

    @Test
    void reweighsItemsAndReassessesClaimsWhenTheRecordedParametersDiffer() {
        String source = Api.createSource(Api.unique("Reconciled agency"), "A");
        String other = Api.createSource(Api.unique("Reconciled paper"), "B");
        String claim = Api.createClaim("Reconciliation found 4 tonnes of gold in " + Api.uniqueWord("Port"));
        Api.addEvidence(claim, source, "SUPPORTS", 2);
        Api.addEvidence(claim, other, "SUPPORTS", 2);
        Map<String, Object> computed = stateOf(claim);
        assertEquals("CONFIRMED", computed.get("status"), "two good supporting items from independent origins");

        // As a seed or an older schema leaves them: no weights, the prior's status, no recorded parameters.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update evidence set weight = 0, base_weight = 0 where claim_id = ?1")
                    .setParameter(1, UUID.fromString(claim)).executeUpdate();
            em.createNativeQuery("update claim set status = 'UNVERIFIED', probability = 0.5, belief = 0, "
                    + "disbelief = 0, uncertainty = 1 where id = ?1").setParameter(1, UUID.fromString(claim)).executeUpdate();
            em.createNativeQuery("delete from assessment_state").executeUpdate();
        });
        assertNotEquals(computed, stateOf(claim));

        reconciliation.onStart(null);

        assertEquals(computed, stateOf(claim));
    }

    private static Map<String, Object> stateOf(String claim) {
        var json = given().get("/claims/{id}", claim).then().statusCode(200).extract().jsonPath();
        return Map.of("status", json.getString("status"), "probability", json.getString("probability"),
                "uncertainty", json.getString("uncertainty"));
    }
}
