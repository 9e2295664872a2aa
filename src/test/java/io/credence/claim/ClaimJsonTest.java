package io.credence.claim;

import static io.credence.support.Api.addEvidence;
import static io.credence.support.Api.createSource;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A claim's JSON is written again only when its answer changed, however the row changed. */
@QuarkusTest
class ClaimJsonTest {

    @Inject
    EntityManager em;

    @Test
    void anUnchangedClaimReadsTheSameAndAChangeIsShownAtOnce() {
        String text = unique("The port closed </script><b>at night</b> & reopened");
        String claim = Api.createClaim(text);

        Response first = read(claim);
        Response again = read(claim);

        assertEquals(first.asString(), again.asString());
        assertTrue(first.contentType().startsWith("application/json"), first.contentType());
        // Written by the service's own mapper: markup in the text is escaped as in every answer.
        assertFalse(first.asString().contains("<"), first.asString());
        assertEquals(text, first.jsonPath().getString("text"));
        assertEquals(
                "\"" + first.jsonPath().getLong("version") + "\"",
                first.header("ETag").replace("W/", ""));

        addEvidence(claim, createSource(unique("Wire"), "A"), "SUPPORTS", 1);
        Response changed = read(claim);

        JsonPath after = changed.jsonPath();
        assertTrue(after.getLong("version") > first.jsonPath().getLong("version"));
        assertNotEquals(first.header("ETag"), changed.header("ETag"));
        assertNotEquals(first.asString(), changed.asString());
        // What the claim shows is what its assessment, computed apart, says now.
        JsonPath assessment = given().get("/claims/{id}/assessment", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(assessment.getString("status"), after.getString("status"));
        assertEquals(assessment.getDouble("probability"), after.getDouble("probability"));
    }

    private static Response read(String claim) {
        return given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    @Test
    void aRowChangedOutsideTheServiceIsShownAtOnceThoughItsVersionDidNotMove() {
        String claim = Api.createClaim(unique("The bridge reopened in May"));
        Response before = read(claim);

        setHeadline(claim, "Edited by hand");
        try {
            Response after = read(claim);

            assertEquals(before.header("ETag"), after.header("ETag"), "the version did not move");
            assertEquals("Edited by hand", after.jsonPath().getString("headline"));
        } finally {
            // The trail's verification compares rows with their events: put the row back as it was.
            setHeadline(claim, before.jsonPath().getString("headline"));
        }
        assertEquals(before.asString(), read(claim).asString());
    }

    private void setHeadline(String claim, String headline) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update claim set headline = ?1 where id = ?2")
                        .setParameter(1, headline)
                        .setParameter(2, UUID.fromString(claim))
                        .executeUpdate());
    }
}
