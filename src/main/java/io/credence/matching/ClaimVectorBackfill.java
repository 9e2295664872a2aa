package io.credence.matching;

import io.credence.classify.SentenceEmbedder;
import io.credence.persistence.Uuids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Embeds, in the background, claims that have no vector: those registered before matching by
 * meaning existed. Batches commit on their own, so a restart resumes where it stopped; the index
 * takes the vectors up as it does other instances' (by sequence number).
 */
@ApplicationScoped
public class ClaimVectorBackfill {

    private static final Logger LOG = Logger.getLogger(ClaimVectorBackfill.class);
    private static final int BATCH = 100;

    private final ClaimVectors vectors;
    private final SentenceEmbedder embedder;

    ClaimVectorBackfill(ClaimVectors vectors, SentenceEmbedder embedder) {
        this.vectors = vectors;
        this.embedder = embedder;
    }

    @Scheduled(
            every = "${credence.matching.backfill-every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void backfill() {
        long embedded = 0;
        while (true) {
            List<Object[]> batch = vectors.claimsWithoutVector(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> batch.forEach(row -> vectors.store(
                                Uuids.of(row[0]),
                                SentenceEmbedder.MODEL,
                                embedder.embed((String) row[1]),
                                row[2] == null ? null : embedder.embed((String) row[2]))));
            } catch (RuntimeException e) {
                // Another instance embedding the same claims at the same time: the next round picks up what is left.
                LOG.warnf("Claim vector backfill stopped after %d claims: %s", embedded, e.getMessage());
                return;
            }
            embedded += batch.size();
        }
        if (embedded > 0) {
            LOG.infof("Embedded %d claims registered before matching by meaning", embedded);
        }
    }
}
