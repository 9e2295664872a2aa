package io.credence.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.refusal.NotFound;
import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.LockMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;

/**
 * A claim locked for a change is locked with the head of its audit chain, in one statement: the
 * change's audit event then finds the head locked in its session and does not ask the database again,
 * and another transaction appending to that chain waits for the change to commit.
 */
@QuarkusTest
class ClaimChainLockTest {

    @Inject
    ClaimService claims;

    @Inject
    AuditWriter audit;

    @Inject
    EntityManager em;

    @Test
    void theClaimsChainHeadIsLockedWithItInTheSession() {
        UUID id = UUID.fromString(Api.createClaim(Api.unique("Chain lock test: the harbour was sold")));

        QuarkusTransaction.requiringNew().run(() -> {
            claims.requireForUpdate(id);

            SessionImplementor session = em.unwrap(SessionImplementor.class);
            Object head = session.getPersistenceContext().getEntitiesByKey().values().stream()
                    .filter(entity -> entity.getClass().getSimpleName().equals("AuditChain"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the chain's head was not read with the claim"));
            EntityEntry entry = session.getPersistenceContext().getEntry(head);
            assertEquals(AuditWriter.claimChain(id), entry.getId(), "the head read with the claim is its own chain's");
            assertTrue(
                    entry.getLockMode().greaterThan(LockMode.PESSIMISTIC_READ),
                    "the head is held for writing (" + entry.getLockMode()
                            + "), so appending to the chain asks the database for no lock again");
        });
    }

    @Test
    void anotherAppendToTheChainWaitsUntilTheChangeCommits() throws Exception {
        UUID id = UUID.fromString(Api.createClaim(Api.unique("Chain lock test: the airport closed")));
        CompletableFuture<Void> locked = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Void> change = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    claims.requireForUpdate(id);
                    locked.complete(null);
                    release.join();
                }));
        locked.get(30, TimeUnit.SECONDS);

        // Appends to the chain without taking the claim's lock: only the head's own lock can hold it back.
        // Released within H2's lock timeout (one second), so that the append then goes through there too.
        CompletableFuture<Void> append = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> audit.recordAs(
                        AuditWriter.SYSTEM,
                        AuditWriter.claimChain(id),
                        AuditAction.CLAIM_STATUS_COMPUTED,
                        id,
                        "test",
                        null,
                        null)));
        assertThrows(
                TimeoutException.class,
                () -> append.get(500, TimeUnit.MILLISECONDS),
                "the append went through while the change held the claim's chain");
        assertFalse(append.isDone());

        release.complete(null);
        change.get(30, TimeUnit.SECONDS);
        append.get(30, TimeUnit.SECONDS);
    }

    @Test
    void anUnknownClaimIsStillNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThrows(
                NotFound.class, () -> QuarkusTransaction.requiringNew().run(() -> claims.requireForUpdate(unknown)));
    }
}
