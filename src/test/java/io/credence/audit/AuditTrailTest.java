package io.credence.audit;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    private static final String EDITOR = "test editor";
    private static final String ADMIN = "bootstrap-admin";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void everyChangeToAClaimWritesOneEventWithItsStates() {
        String claim = Api.createClaim(unique("Audited"));
        String source = Api.createSource(unique("Audited wire"), "B");
        String item = Api.addEvidence(claim, source, "SUPPORTS", 2);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Retracted"))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                .then()
                .statusCode(200);

        JsonPath history = given().get("/claims/{id}/history", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // each evidence change, then the engine's own event for the status it moved (rule 9 of docs/ASSESSMENT.md)
        assertEquals(
                List.of(
                        "claim.registered",
                        "evidence.added",
                        "claim.status-computed",
                        "evidence.withdrawn",
                        "claim.status-computed"),
                history.getList("action"));
        assertEquals(List.of(1, 2, 3, 4, 5), history.getList("seq"));
        assertEquals(List.of(EDITOR, EDITOR, "engine", EDITOR, "engine"), history.getList("actor"));
        assertEquals("LIKELY_TRUE", history.getString("[2].after.status"));
        assertEquals("UNVERIFIED", history.getString("[4].after.status"));
        assertEquals(claim, history.getString("[0].entityId"));
        assertNull(history.get("[0].before"));
        assertEquals(item, history.getString("[1].after.id"));
        assertEquals("SUPPORTS", history.getString("[1].after.stance"));
        assertNull(history.get("[1].after.withdrawnAt"));
        assertEquals("Retracted", history.getString("[3].reason"));
        assertNull(history.get("[3].before.withdrawnAt"));
        assertEquals("Retracted", history.getString("[3].after.withdrawalReason"));
        // the chain: each event names the hash of the one before
        assertEquals("0".repeat(64), history.getString("[0].prevHash"));
        assertEquals(history.getString("[0].hash"), history.getString("[1].prevHash"));
        assertEquals(history.getString("[1].hash"), history.getString("[2].prevHash"));
    }

    @Test
    void sourceChangesAreRecordedWithTheirReason() {
        Instant start = Instant.now().minusSeconds(1);
        String source = Api.createSource(unique("Rated"), "A");
        given().contentType(ContentType.JSON)
                .body(Map.of("reliability", "D", "rationale", "Three retractions"))
                .put("/sources/{id}/reliability", source)
                .then()
                .statusCode(200);

        JsonPath events = given().queryParam("entity", "source")
                .queryParam("from", start.toString())
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> mine = events.<Map<String, Object>>getList("items").stream()
                .filter(e -> source.equals(e.get("entityId")))
                .toList();
        assertEquals(2, mine.size());
        assertEquals("source.registered", mine.get(0).get("action"));
        assertEquals("source.reliability-changed", mine.get(1).get("action"));
        assertEquals("Three retractions", mine.get(1).get("reason"));
        assertEquals(ADMIN, mine.get(1).get("actor"));
        assertEquals("A", ((Map<?, ?>) mine.get(1).get("before")).get("reliability"));
        assertEquals("D", ((Map<?, ?>) mine.get(1).get("after")).get("reliability"));
        assertEquals("sources", mine.get(1).get("chain"));
    }

    @Test
    void filtersByActorActionAndTime() {
        Instant start = Instant.now().minusSeconds(1);
        String claim = Api.createClaim(unique("Filtered"));
        given().queryParam("actor", EDITOR)
                .queryParam("action", "claim.registered")
                .queryParam("from", start.toString())
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.findAll { it.entityId == '" + claim + "' }.size()", equalTo(1));
        given().queryParam("actor", "nobody at all").get("/audit").then().body("total", equalTo(0));
        given().queryParam("to", start.minusSeconds(3600).toString())
                .queryParam("from", start.toString())
                .get("/audit")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void verificationFindsAHandEditAndPassesOnceItIsUndone() {
        String claim = Api.createClaim(unique("Tampered"));
        Api.addEvidence(claim, Api.createSource(unique("Tamper wire"), "C"), "REFUTES", 3);
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
        JsonPath history =
                given().get("/claims/{id}/history", claim).then().extract().jsonPath();
        String victim = history.getString("[1].id");
        String original = queryAfterState(UUID.fromString(victim));

        String forged = original.replace("\"REFUTES\"", "\"SUPPORTS\"");
        updateAfterState(UUID.fromString(victim), forged);
        given().get("/audit/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenEventId", equalTo(victim))
                .body("problem", equalTo("hash does not match the event's content"));

        updateAfterState(UUID.fromString(victim), original);
        JsonPath verification =
                given().get("/audit/verification").then().extract().jsonPath();
        assertTrue(verification.getBoolean("valid"));
        assertTrue(verification.getLong("checkedEvents") >= 2);
    }

    @Test
    void issuingAndRevokingKeysAndSubscribingWebhooksAreAudited() {
        String since = Instant.now().minusSeconds(1).toString();
        String owner = unique("Night desk");
        JsonPath issued = given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("owner", owner, "role", "editor"))
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String keyId = issued.getString("id");
        given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .post("/keys/{id}/revocation", keyId)
                .then()
                .statusCode(200);
        JsonPath keyEvents = given().queryParam("entity", "api_key")
                .queryParam("from", since)
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> ofKey = keyEvents.<Map<String, Object>>getList("items").stream()
                .filter(e -> keyId.equals(e.get("entityId")))
                .toList();
        assertEquals(
                List.of("key.issued", "key.revoked"),
                ofKey.stream().map(e -> e.get("action")).toList());
        assertEquals(
                List.of(ADMIN, ADMIN), ofKey.stream().map(e -> e.get("actor")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) ofKey.get(0).get("after");
        assertEquals(owner, after.get("owner"));
        assertEquals("EDITOR", after.get("role"));
        assertEquals(issued.getString("prefix"), after.get("prefix"));
        assertFalse(after.containsKey("keyHash"), "never the key or its hash");
        @SuppressWarnings("unchecked")
        Map<String, Object> revoked = (Map<String, Object>) ofKey.get(1).get("after");
        assertNotNull(revoked.get("revokedAt"));

        String webhook = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/audited",
                        "events",
                        List.of("claim.registered"),
                        "secret",
                        "a-secret-of-sixteen+"))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().delete("/webhooks/{id}", webhook).then().statusCode(204);
        JsonPath hookEvents = given().queryParam("entity", "webhook")
                .queryParam("from", since)
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> ofHook = hookEvents.<Map<String, Object>>getList("items").stream()
                .filter(e -> webhook.equals(e.get("entityId")))
                .toList();
        assertEquals(
                List.of("webhook.subscribed", "webhook.removed"),
                ofHook.stream().map(e -> e.get("action")).toList());
        assertFalse(String.valueOf(ofHook).contains("a-secret-of-sixteen+"), "never the secret");
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void verificationFindsAChainWhoseEventsWereAllRemoved() {
        String claim = Api.createClaim(unique("Erased"));
        Api.addEvidence(claim, Api.createSource(unique("Erased wire"), "C"), "SUPPORTS", 3);
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
        String chain = AuditWriter.claimChain(UUID.fromString(claim));
        // An intruder removes every event of the claim's chain and leaves its head, as a careless one would.
        @SuppressWarnings("unchecked")
        List<Object[]> removed = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select * from audit_event where chain = ?1 order by seq")
                        .setParameter(1, chain)
                        .getResultList());
        assertTrue(removed.size() >= 2);
        asIntruder("delete from audit_event where chain = '" + chain + "'");
        given().get("/audit/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body(
                        "problem",
                        equalTo("chain " + chain + " has a head at event " + removed.size() + " but no events"));

        // Put back, the trail verifies again.
        for (Object[] row : removed) {
            QuarkusTransaction.requiringNew().run(() -> {
                var insert = em.createNativeQuery("insert into audit_event values ("
                        + String.join(", ", Collections.nCopies(row.length, "?")) + ")");
                for (int i = 0; i < row.length; i++) {
                    insert.setParameter(i + 1, row[i]);
                }
                insert.executeUpdate();
            });
        }
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void postgresqlRefusesToChangeOrDeleteEvents() {
        String claim = Api.createClaim(unique("Guarded trail"));
        UUID event = UUID.fromString(
                given().get("/claims/{id}/history", claim).then().extract().path("[0].id"));
        if (!"postgresql".equals(dbKind)) {
            // The embedded H2 has no such trigger; there the guarantee is that no code path edits events.
            assertEquals(
                    0L,
                    ((Number) QuarkusTransaction.requiringNew()
                                    .call(() -> em.createNativeQuery(
                                                    "select count(*) from information_schema.triggers where event_object_table = 'audit_event'")
                                            .getSingleResult()))
                            .longValue());
            return;
        }
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update audit_event set actor = 'someone else' where id = ?1")
                                .setParameter(1, event)
                                .executeUpdate()));
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from audit_event where id = ?1")
                                .setParameter(1, event)
                                .executeUpdate()));
        assertNotNull(queryAfterState(event));
    }

    /** Every action the trail holds is one the code names (AsOfView and the replay switch on them). */
    @Test
    void everyStoredActionIsAKnownAuditAction() {
        String claim = Api.createClaim(unique("Named actions"));
        Api.addEvidence(claim, Api.createSource(unique("Named wire"), "A"), "SUPPORTS", 1);
        @SuppressWarnings("unchecked")
        List<Object[]> stored = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select distinct action, entity from audit_event where entity <> 'test'")
                        .getResultList());
        assertTrue(stored.size() >= 4, "claims, evidence, the engine and sources wrote events");
        for (Object[] row : stored) {
            AuditAction action =
                    AuditAction.of((String) row[0]).orElseThrow(() -> new AssertionError("unknown action " + row[0]));
            assertEquals(action.entity(), row[1], "the entity " + row[0] + " is about");
        }
    }

    @Test
    void refusedRequestsWriteNoEvents() {
        long before = given().get("/audit").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"\"}")
                .post("/claims")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("reliability", "C", "rationale", "r"))
                .put("/sources/{id}/reliability", UUID.randomUUID())
                .then()
                .statusCode(404);
        assertEquals(before, given().get("/audit").then().extract().jsonPath().getLong("total"));
        assertFalse(given().queryParam("format", "xml")
                .get("/audit/export")
                .then()
                .statusCode(400)
                .extract()
                .asString()
                .isEmpty());
    }

    private String queryAfterState(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select after_state from audit_event where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
    }

    /** A statement run as an intruder with database access would run it (on PostgreSQL, past the trigger). */
    private void asIntruder(String statement) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean postgres = "postgresql".equals(dbKind);
            if (postgres) {
                em.createNativeQuery("alter table audit_event disable trigger audit_event_append_only")
                        .executeUpdate();
            }
            em.createNativeQuery(statement).executeUpdate();
            if (postgres) {
                em.createNativeQuery("alter table audit_event enable trigger audit_event_append_only")
                        .executeUpdate();
            }
        });
    }

    /** A hand edit, as an intruder with database access would make it (on PostgreSQL, past the trigger). */
    private void updateAfterState(UUID id, String state) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean postgres = "postgresql".equals(dbKind);
            if (postgres) {
                em.createNativeQuery("alter table audit_event disable trigger audit_event_append_only")
                        .executeUpdate();
            }
            em.createNativeQuery("update audit_event set after_state = ?1 where id = ?2")
                    .setParameter(1, state)
                    .setParameter(2, id)
                    .executeUpdate();
            if (postgres) {
                em.createNativeQuery("alter table audit_event enable trigger audit_event_append_only")
                        .executeUpdate();
            }
        });
    }
}
