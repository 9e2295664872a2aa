package io.credence.webhook;

import io.credence.audit.CheckpointMade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Sends each signed audit checkpoint to its subscribers, through the outbox in the checkpoint's transaction. */
@ApplicationScoped
public class CheckpointNotice {

    private final Webhooks webhooks;

    CheckpointNotice(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    void send(@Observes CheckpointMade made) {
        webhooks.emit(AuditCheckpointPublished.of(made.checkpoint()));
    }
}
