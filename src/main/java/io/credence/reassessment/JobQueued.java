package io.credence.reassessment;

import java.util.UUID;

/** Fired in the transaction that queues a job; workers observe it after commit to start at once. */
public record JobQueued(UUID jobId) {}
