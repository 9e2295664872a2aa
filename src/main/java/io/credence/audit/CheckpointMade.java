package io.credence.audit;

/**
 * Fired (synchronously, in its transaction) when a checkpoint is made, so that the outbox can send
 * it to subscribers: copies held outside are what make a later rewrite of the trail detectable.
 */
public record CheckpointMade(CheckpointResponse checkpoint) {}
