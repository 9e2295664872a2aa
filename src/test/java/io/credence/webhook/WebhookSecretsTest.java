package io.credence.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook secrets are sealed at rest, bound to their webhook, and old clear ones are sealed at start. */
@QuarkusTest
class WebhookSecretsTest {

    @Inject
    EntityManager em;

    @Inject
    WebhookSecrets secrets;

    @Test
    void aCopyOfTheTableRevealsNoSecret() {
        String secret = "a-secret-nobody-should-read-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url", "http://127.0.0.1:9/sealed", "events", List.of("claim.registered"), "secret", secret))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String stored = storedSecret(UUID.fromString(id));
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret));
        assertEquals(
                secret,
                QuarkusTransaction.requiringNew().call(() -> secrets.open(Webhook.findById(UUID.fromString(id)))));
        given().delete("/webhooks/{id}", id).then().statusCode(204);
    }

    @Test
    void aSecretStoredInTheClearIsSealedAtStartAndASealedOneOpensOnlyForItsRow() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (UUID id : List.of(first, second)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "insert into webhook (id, url, events, secret, "
                                            + "created_at, created_by) values (?1, 'http://127.0.0.1:9/old', 'claim.registered', ?2, ?3, 'test')")
                            .setParameter(1, id)
                            .setParameter(2, "an-old-clear-secret-" + id)
                            .setParameter(3, Instant.now())
                            .executeUpdate());
        }
        secrets.sealOldSecrets(null);
        String sealedFirst = storedSecret(first);
        assertTrue(sealedFirst.startsWith("v1:"));
        assertEquals(
                "an-old-clear-secret-" + first,
                QuarkusTransaction.requiringNew().call(() -> secrets.open(Webhook.findById(first))));

        // moved to another row, a sealed secret does not open
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update webhook set secret = ?1 where id = ?2")
                        .setParameter(1, sealedFirst)
                        .setParameter(2, second)
                        .executeUpdate());
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> secrets.open(Webhook.findById(second))));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update webhook set removed_at = ?1 where id in (?2, ?3)")
                        .setParameter(1, Instant.now())
                        .setParameter(2, first)
                        .setParameter(3, second)
                        .executeUpdate());
    }

    private String storedSecret(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select secret from webhook where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
    }
}
