package io.credence.audit;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.audit.proof.ChainHead;
import io.credence.audit.proof.Ed25519;
import io.credence.audit.proof.EventContent;
import io.credence.audit.proof.EventHash;
import io.credence.audit.proof.MerkleTree;
import io.credence.audit.proof.Verify;
import io.credence.hashing.Sha256;
import io.credence.support.Api;
import io.credence.support.Intruder;
import io.credence.support.RoleKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail proves itself from outside: checkpoints signed over every chain's head, a
 * verifier that needs only an export, a checkpoint and the pinned key, and each tampering the
 * review reproduced named, by the service and by the verifier.
 */
@QuarkusTest
class AuditProofTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @TempDir
    Path dir;

    private Intruder intruder;

    @BeforeEach
    void intruder() {
        intruder = new Intruder(em, dbKind);
    }

    @Test
    void aCheckpointSignsEveryChainsHeadAndNamesTheOneBefore() throws Exception {
        String claim = Api.createClaim(unique("Checkpointed"));
        Api.addEvidence(claim, Api.createSource(unique("Checkpoint wire"), "B"), "SUPPORTS", 2);
        JsonPath history =
                given().get("/claims/{id}/history", claim).then().extract().jsonPath();
        int last = history.getList("seq").size() - 1;

        long first = makeCheckpoint();
        Api.createClaim(unique("After the first checkpoint")); // a checkpoint is signed only when a chain moved
        long second = makeCheckpoint();
        assertEquals(first + 1, second);
        JsonNode checkpoint = checkpoint(second);
        List<ChainHead> heads = JSON.convertValue(
                checkpoint.get("heads"), JSON.getTypeFactory().constructCollectionType(List.class, ChainHead.class));
        assertTrue(
                heads.contains(new ChainHead(
                        AuditWriter.claimChain(UUID.fromString(claim)),
                        history.getLong("[" + last + "].seq"),
                        history.getString("[" + last + "].hash"))),
                "the claim's chain at its last event");
        assertEquals(MerkleTree.root(heads), checkpoint.get("root").asText());
        assertEquals(heads.size(), checkpoint.get("chains").asLong());
        assertEquals(
                Sha256.hex(checkpoint(first).get("statement").asText()),
                checkpoint.get("previous").asText());

        String pinned = given().get("/audit/signing-key")
                .then()
                .statusCode(200)
                .extract()
                .path("publicKey");
        assertEquals(pinned, checkpoint.get("publicKey").asText());
        assertTrue(Ed25519.verify(
                Ed25519.publicKey(pinned),
                checkpoint.get("statement").asText(),
                checkpoint.get("signature").asText()));
        given().get("/audit/checkpoints")
                .then()
                .statusCode(200)
                .body("items[0].sequence", equalTo((int) second))
                .body("items[0].heads", equalTo(null));
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
        Api.problem(given().get("/audit/checkpoints/{n}", 999_999).then(), 404, "not-found");
    }

    @Test
    void everyEventNamesTheKeyItsActorUsed() {
        String claim = Api.createClaim(unique("Keyed"));
        String source = Api.createSource(unique("Keyed wire"), "A");
        Api.addEvidence(claim, source, "SUPPORTS", 1);
        String editorKey = given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .get("/keys")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.owner == 'test editor' && it.revokedAt == null }.id");
        JsonPath history =
                given().get("/claims/{id}/history", claim).then().extract().jsonPath();
        assertEquals(editorKey, history.getString("[0].actorKeyId"), "registered with the editor's key");
        assertEquals("engine", history.getString("[2].actor"));
        assertNull(history.get("[2].actorKeyId"), "the engine uses no key");
        assertEquals(2, history.getInt("[0].hashVersion"));
        JsonPath sources = given().queryParam("entity", "source")
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .extract()
                .jsonPath();
        Map<String, Object> registered = sources.<Map<String, Object>>getList("items").stream()
                .filter(e -> source.equals(e.get("entityId")))
                .findFirst()
                .orElseThrow();
        assertEquals("bootstrap-admin", registered.get("actor"));
        assertFalse(registered.containsKey("actorKeyId"), "the bootstrap key is no issued key");
    }

    @Test
    void aChainCutBackAfterACheckpointIsNamedByTheServiceAndRefutedByTheVerifier() throws Exception {
        String claim = Api.createClaim(unique("Cut back"));
        Api.addEvidence(claim, Api.createSource(unique("Cut wire"), "C"), "SUPPORTS", 3);
        String chain = AuditWriter.claimChain(UUID.fromString(claim));
        Path held = save("held.json", checkpoint(makeCheckpoint()));
        Path key = dir.resolve("key.txt");
        Files.writeString(
                key, given().get("/audit/signing-key").then().extract().<String>path("publicKey"));
        assertEquals(0, verify(export(), held, key).status(), "the untouched trail is proven");

        // The intruder takes the chain's last event off and moves its head back to the one before.
        List<Object[]> head = intruder.rows("select * from audit_chain where chain = ?1", chain);
        List<Object[]> lastEvent = intruder.rows(
                "select * from audit_event where chain = ?1 and seq = (select max(seq) from audit_event where chain = ?1)",
                chain);
        long lastSeq = ((Number) head.get(0)[1]).longValue();
        String previousHash = (String)
                intruder.rows("select hash, seq from audit_event where chain = ?1 and seq = ?2", chain, lastSeq - 1)
                        .get(0)[0];
        intruder.run("delete from audit_event where chain = ?1 and seq = ?2", chain, lastSeq);
        intruder.run(
                "update audit_chain set last_seq = ?1, last_hash = ?2 where chain = ?3",
                lastSeq - 1,
                previousHash,
                chain);
        try {
            given().get("/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body(
                            "problem",
                            equalTo("event " + lastSeq + " of chain " + chain + " is missing since checkpoint "
                                    + JSON.readTree(Files.readString(held))
                                            .get("sequence")
                                            .asLong() + " signed it"));
            Verdict refuted = verify(export(), held, key);
            assertEquals(1, refuted.status());
            assertTrue(refuted.output().contains("event " + lastSeq + " of chain " + chain), refuted.output());
            assertTrue(refuted.output().contains("the chain was cut back"), refuted.output());
        } finally {
            intruder.insert("audit_event", lastEvent);
            intruder.run(
                    "update audit_chain set last_seq = ?1, last_hash = ?2 where chain = ?3",
                    head.get(0)[1],
                    head.get(0)[2],
                    chain);
        }
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aVerdictEventRewrittenWithRecomputedHashesIsNamedByTheServiceAndRefutedByTheVerifier() throws Exception {
        String claim = Api.createClaim(unique("Rewritten verdict"));
        String etag = given().get("/claims/{id}", claim).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("rating", 1, "rationale", "False"))
                .put("/claims/{id}/verdict", claim)
                .then()
                .statusCode(200);
        String chain = AuditWriter.claimChain(UUID.fromString(claim));
        long sequence = makeCheckpoint();
        Path held = save("held.json", checkpoint(sequence));
        Path key = dir.resolve("key.txt");
        Files.writeString(
                key, given().get("/audit/signing-key").then().extract().<String>path("publicKey"));

        // The verdict event is the chain's last: the intruder makes it say "True", recomputes its
        // hash as the service would, and moves the chain's head to match.
        AuditEvent original = QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent e = em.createQuery(
                            "from AuditEvent where chain = ?1 and action = 'verdict.published'", AuditEvent.class)
                    .setParameter(1, chain)
                    .getSingleResult();
            em.detach(e);
            return e;
        });
        String forgedAfter = original.after.replace("\"rating\":1", "\"rating\":5");
        EventContent c = original.content();
        String forgedHash = EventHash.of(new EventContent(
                c.hashVersion(),
                c.id(),
                c.chain(),
                c.seq(),
                c.at(),
                c.actor(),
                c.actorKeyId(),
                c.action(),
                c.entity(),
                c.entityId(),
                c.reason(),
                c.before(),
                forgedAfter,
                c.prevHash()));
        intruder.run(
                "update audit_event set after_state = ?1, hash = ?2 where id = ?3",
                forgedAfter,
                forgedHash,
                original.id);
        intruder.run("update audit_chain set last_hash = ?1 where chain = ?2", forgedHash, chain);
        try {
            given().get("/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body(
                            "problem",
                            equalTo("event " + original.seq + " of chain " + chain + " differs since checkpoint "
                                    + sequence + " signed it"));
            // ... and the service's own record of the heads, rewritten too, no longer gives the signed root
            intruder.run(
                    "update audit_checkpoint_head set last_hash = ?1 where chain = ?2 and last_seq = ?3",
                    forgedHash,
                    chain,
                    original.seq);
            given().get("/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body(
                            "problem",
                            equalTo("the heads recorded for checkpoint " + sequence
                                    + " do not give the root it signed"));
            Verdict refuted = verify(export(), held, key);
            assertEquals(1, refuted.status());
            assertTrue(
                    refuted.output()
                            .contains("event " + original.seq + " of chain " + chain + " differs from what checkpoint "
                                    + sequence + " signed: the chain was rewritten"),
                    refuted.output());
        } finally {
            intruder.run(
                    "update audit_event set after_state = ?1, hash = ?2 where id = ?3",
                    original.after,
                    original.hash,
                    original.id);
            intruder.run("update audit_chain set last_hash = ?1 where chain = ?2", original.hash, chain);
            intruder.run(
                    "update audit_checkpoint_head set last_hash = ?1 where chain = ?2 and last_seq = ?3",
                    original.hash,
                    chain,
                    original.seq);
        }
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void rowsChangedByHandAreNamedWhileEveryHashStillHolds() {
        String claim = Api.createClaim(unique("Replayed"));
        String source = Api.createSource(unique("Replayed wire"), "B");
        String item = Api.addEvidence(claim, source, "SUPPORTS", 2);
        String etag = given().get("/claims/{id}", claim).then().extract().header("ETag");
        String verdict = given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("rating", 4, "rationale", "Mostly true"))
                .put("/claims/{id}/verdict", claim)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
        UUID id = UUID.fromString(claim);

        tampered(
                "update verdict set rating = 1 where id = ?1",
                UUID.fromString(verdict),
                "update verdict set rating = 4 where id = ?1",
                "verdict " + verdict + ": rating is 1 in its table but 4 in the trail");
        tampered(
                "update claim set verdict_rating = 5 where id = ?1",
                id,
                "update claim set verdict_rating = 4 where id = ?1",
                "claim " + claim + " shows verdict 5 (Mostly true) but its current verdict is 4 (Mostly true)");
        tampered(
                "update claim set status = 'CONFIRMED' where id = ?1",
                id,
                "update claim set status = 'LIKELY_TRUE' where id = ?1",
                "claim " + claim + ": status is \"CONFIRMED\" in its table but \"LIKELY_TRUE\" in the trail");
        double probability =
                given().get("/claims/{id}", claim).then().extract().jsonPath().getDouble("probability");
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> String.valueOf(em.createNativeQuery("select probability from claim where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult()));
        tampered(
                "update claim set probability = 0.99 where id = ?1",
                id,
                "update claim set probability = " + stored + " where id = ?1",
                "claim " + claim + " stores LIKELY_TRUE at 0.99 but its evidence gives LIKELY_TRUE at " + stored);
        assertTrue(probability < 0.99);
        tampered(
                "update evidence set stance = 'REFUTES' where id = ?1",
                UUID.fromString(item),
                "update evidence set stance = 'SUPPORTS' where id = ?1",
                "evidence " + item + ": stance is \"REFUTES\" in its table but \"SUPPORTS\" in the trail");
        tampered(
                "update source set reliability = 'A' where id = ?1",
                UUID.fromString(source),
                "update source set reliability = 'B' where id = ?1",
                "source " + source + ": reliability is \"A\" in its table but \"B\" in the trail");

        // an item slipped in past the service: a row no event records
        UUID slipped = UUID.randomUUID();
        tampered(
                "insert into evidence (id, claim_id, source_id, stance, credibility, url, excerpt, observed_at, "
                        + "origin_id, rumour_penalty, created_at, independent) select ?1, claim_id, source_id, stance, credibility, "
                        + "url, excerpt, observed_at, ?1, rumour_penalty, created_at, independent from evidence where id = '"
                        + item + "'",
                slipped,
                "delete from evidence where id = ?1",
                "evidence " + slipped + " is in its table but no event records it");
    }

    /** Runs the change, expects verification to name it, undoes it, expects a valid trail again. */
    private void tampered(String change, UUID id, String undo, String problem) {
        intruder.run(change, id);
        try {
            given().get("/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("problem", equalTo(problem));
        } finally {
            intruder.run(undo, id);
        }
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    private long makeCheckpoint() {
        return given().post("/audit/checkpoints")
                .then()
                .statusCode(201)
                .extract()
                .<Integer>path("sequence")
                .longValue();
    }

    private JsonNode checkpoint(long sequence) throws Exception {
        return JSON.readTree(given().get("/audit/checkpoints/{n}", sequence)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private Path save(String name, JsonNode value) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, value.toString());
        return file;
    }

    private Path export() throws Exception {
        Path file = Files.createTempFile(dir, "audit", ".jsonl");
        Files.write(
                file,
                given().queryParam("format", "jsonl")
                        .get("/audit/export")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        return file;
    }

    private record Verdict(int status, String output) {}

    private static Verdict verify(Path export, Path checkpoint, Path key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Verify.run(
                new String[] {export.toString(), checkpoint.toString(), key.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verdict(status, out.toString(StandardCharsets.UTF_8));
    }
}
