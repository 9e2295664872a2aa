package io.credence.access;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;

import io.credence.support.RoleKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A key revoked on another instance stops working here within the cache's expiry (5 s). The other
 * instance is played by a revocation written straight to the table, which this instance's cache
 * never hears of.
 */
@QuarkusTest
class RevocationBoundTest {

    /** The documented bound (quarkus.cache.caffeine."api-keys".expire-after-write) and slack for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final Duration SLACK = Duration.ofSeconds(3);

    @Inject
    EntityManager em;

    @Test
    void aKeyRevokedElsewhereStopsWithinTheBound() {
        var issued = given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("owner", unique("Elsewhere"), "role", "auditor"))
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String key = "Bearer " + issued.getString("key");
        given().header("Authorization", key).get("/audit/signing-key").then().statusCode(200); // now remembered

        UUID id = UUID.fromString(issued.getString("id"));
        Instant revoked = Instant.now();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update api_key set revoked_at = ?1 where id = ?2")
                        .setParameter(1, revoked)
                        .setParameter(2, id)
                        .executeUpdate());
        given().header("Authorization", key)
                .get("/audit/signing-key")
                .then()
                .statusCode(200); // this instance still remembers

        Awaitility.await("the key refused within " + BOUND + " and " + SLACK + " of slack")
                .atMost(BOUND.plus(SLACK).minus(Duration.between(revoked, Instant.now())))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().header("Authorization", key)
                                .get("/audit/signing-key")
                                .then()
                                .extract()
                                .statusCode()
                        == 401);
    }
}
