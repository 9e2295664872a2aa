package io.credence.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Makes a checkpoint at an interval ({@code credence.audit.checkpoint-every}) when any chain moved. */
@ApplicationScoped
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class);

    private final AuditCheckpoints checkpoints;

    CheckpointSchedule(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(
            every = "${credence.audit.checkpoint-every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkpoint() {
        try {
            checkpoints
                    .make()
                    .ifPresent(c -> LOG.infof(
                            "Audit checkpoint %d: %d chains, %d events, root %s", c.seq, c.chains, c.events, c.root));
        } catch (RuntimeException e) {
            // Another instance made this one first, or the database is away: the next round tries again.
            LOG.warnf("No audit checkpoint this round: %s", e.getMessage());
        }
    }
}
