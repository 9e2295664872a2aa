package io.credence.signature;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.credence.audit.CheckpointSigner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An instance whose key another instance has replaced stops being ready: what it signed now would be refused. */
@QuarkusTest
class SigningKeyReadinessTest {

    @Inject
    SigningKeyPeriods periods;

    @Inject
    CheckpointSigner key;

    @Inject
    EntityManager em;

    @Test
    void readinessFallsWhenThisInstancesKeyWasReplaced() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.findAll { it.name == 'Signing key is current' }.status", hasItem("UP"));
        try {
            // What another instance starting with a new key does to this one's period.
            close(Instant.now());
            given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.findAll { it.name == 'Signing key is current' }.status", hasItem("DOWN"));
        } finally {
            reopen();
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    private void close(Instant until) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update signing_key_period set signed_until = ?1 where key_id = ?2")
                        .setParameter(1, until)
                        .setParameter(2, key.keyId())
                        .executeUpdate());
        periods.forget();
    }

    private void reopen() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update signing_key_period set signed_until = null where key_id = ?1")
                        .setParameter(1, key.keyId())
                        .executeUpdate());
        periods.forget();
    }
}
