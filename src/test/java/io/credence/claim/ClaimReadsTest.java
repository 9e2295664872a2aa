package io.credence.claim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.language.TextAnalyses;
import io.credence.persistence.NonBlockingReads;
import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The read without a persistence context gives what Hibernate gives, field by field, through JDBC and
 * through the read the resource answers with (PostgreSQL's non-blocking client in the PostgreSQL suite).
 */
@QuarkusTest
class ClaimReadsTest {

    @Inject
    ClaimReads reads;

    @Inject
    ClaimService claims;

    @Inject
    TextAnalyses analyses;

    @Inject
    NonBlockingReads nonBlocking;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Test
    void aClaimWithEveryFieldReadsAsTheEntityDoes() {
        UUID id = register("""
                {"text": "Reads test: the harbour of Ostrel was sold for 400 million euros %s",
                 "headline": "Was the harbour sold?", "claimant": "A council member",
                 "appearance": {"url": "https://news.example/ostrel", "publisher": "Example Daily",
                                "publishedAt": "2026-11-20T08:30:00.123456Z"},
                 "language": "en", "tags": ["ports", "sales"]}""".formatted(UUID.randomUUID()));

        assertSameAsTheEntity(id);
    }

    @Test
    void aClaimWithOnlyItsTextReadsAsTheEntityDoes() {
        UUID id =
                register("{\"text\": \"Reads test: rumor has it the airport closed %s\"}".formatted(UUID.randomUUID()));

        assertSameAsTheEntity(id);
    }

    @Test
    void aClaimWithEvidenceAndAPublishedVerdictReadsAsTheEntityDoes() {
        UUID id = UUID.fromString(Api.createClaim(Api.unique("Reads test: the plant was sold")));
        Api.addEvidence(id.toString(), Api.createSource(Api.unique("Reads wire"), "B"), "SUPPORTS", 2);
        Api.addEvidence(id.toString(), Api.createSource(Api.unique("Reads blog"), "D"), "REFUTES", 4);
        Api.publish(id.toString(), 4, "Two reports, the better one supports it");

        assertSameAsTheEntity(id);
    }

    @Inject
    DataSource dataSource;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "credence.db.url")
    String url;

    @ConfigProperty(name = "credence.db.user")
    String user;

    @ConfigProperty(name = "credence.db.password")
    Optional<String> password;

    @Test
    void claimsAreReadWithoutAWorkerThreadExactlyOnPostgresql() {
        Optional<NonBlockingReads> client = NonBlockingReads.connectingTo(vertx, url, user, password.orElse(""));
        client.ifPresent(NonBlockingReads::close);
        assertEquals("postgresql".equals(databaseKind), client.isPresent());
        // The suite traces its requests, and a traced service reads through JDBC (tracing.TracingSwitch).
        assertFalse(nonBlocking.available());
    }

    @Test
    void anUnknownClaimIsNotFound() {
        assertTrue(reads.find(UUID.randomUUID()).isEmpty());
        assertTrue(reads.read(UUID.randomUUID()).toCompletableFuture().join().isEmpty());
        Optional<NonBlockingReads> client = NonBlockingReads.connectingTo(vertx, url, user, password.orElse(""));
        try {
            client.ifPresent(c -> assertTrue(new ClaimReads(dataSource, c)
                    .read(UUID.randomUUID())
                    .toCompletableFuture()
                    .join()
                    .isEmpty()));
        } finally {
            client.ifPresent(NonBlockingReads::close);
        }
    }

    @Test
    void readsStartedInOneTurnOfAnEventLoopShareOneStatement() throws Exception {
        UUID first = register("{\"text\": \"Reads test: the ferry ran twice %s\", \"tags\": [\"ferries\", \"ports\"]}"
                .formatted(UUID.randomUUID()));
        UUID second = register(
                "{\"text\": \"Reads test: the bridge closed %s\", \"tags\": [\"roads\"]}".formatted(UUID.randomUUID()));
        UUID unknown = UUID.randomUUID();
        Optional<NonBlockingReads> client = NonBlockingReads.connectingTo(vertx, url, user, password.orElse(""));
        try {
            // On H2 there is no such client: the service's reads go through JDBC, each on its own.
            ClaimReads shared = client.map(c -> new ClaimReads(dataSource, c)).orElse(reads);
            long before = shared.statementsSent();
            CompletableFuture<List<CompletionStage<Optional<Claim>>>> started = new CompletableFuture<>();
            vertx.getOrCreateContext()
                    .runOnContext(turn -> started.complete(List.of(
                            shared.read(first), shared.read(second), shared.read(unknown), shared.read(first))));
            List<Optional<Claim>> answers = new ArrayList<>();
            for (CompletionStage<Optional<Claim>> answer : started.get(10, TimeUnit.SECONDS)) {
                answers.add(answer.toCompletableFuture().get(10, TimeUnit.SECONDS));
            }

            assertSameClaim(first, answers.get(0));
            assertSameClaim(second, answers.get(1));
            assertTrue(answers.get(2).isEmpty(), "an unknown claim among known ones is not found");
            assertSameClaim(first, answers.get(3));
            if (client.isPresent()) {
                assertEquals(before + 1, shared.statementsSent(), "four reads of one turn, one statement");
                assertSameClaim(
                        second, shared.read(second).toCompletableFuture().get(10, TimeUnit.SECONDS));
                assertEquals(before + 2, shared.statementsSent(), "a read of a later turn is a statement of its own");
            }
        } finally {
            client.ifPresent(NonBlockingReads::close);
        }
    }

    /** The read gives the claim as the JDBC read does, which the tests above hold to Hibernate's entity. */
    private void assertSameClaim(UUID id, Optional<Claim> read) {
        Claim expected = reads.find(id).orElseThrow();
        Claim actual = read.orElseThrow();
        assertEquals(
                ClaimResponse.of(expected, analyses.ofClaim(expected.id, expected.text)),
                ClaimResponse.of(actual, analyses.ofClaim(actual.id, actual.text)));
    }

    private void assertSameAsTheEntity(UUID id) {
        ClaimResponse viaHibernate = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = claims.require(id);
            return ClaimResponse.of(claim, analyses.ofClaim(claim.id, claim.text));
        });
        Claim read = reads.find(id).orElseThrow();
        assertEquals(viaHibernate, ClaimResponse.of(read, analyses.ofClaim(read.id, read.text)));
        // The read the resource answers with: through JDBC on a worker thread here (the suite traces), and
        // through PostgreSQL's non-blocking client in an untraced service on PostgreSQL.
        Claim answered = reads.read(id).toCompletableFuture().join().orElseThrow();
        assertEquals(viaHibernate, ClaimResponse.of(answered, analyses.ofClaim(answered.id, answered.text)));
        Optional<NonBlockingReads> client = NonBlockingReads.connectingTo(vertx, url, user, password.orElse(""));
        try {
            if (client.isPresent()) {
                Claim unblocked = new ClaimReads(dataSource, client.get())
                        .read(id)
                        .toCompletableFuture()
                        .join()
                        .orElseThrow();
                assertEquals(viaHibernate, ClaimResponse.of(unblocked, analyses.ofClaim(unblocked.id, unblocked.text)));
            }
        } finally {
            client.ifPresent(NonBlockingReads::close);
        }
    }

    private static UUID register(String body) {
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(body)
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
