package io.credence.matching;

import java.util.UUID;

/** Fired in the transaction that stores a claim's vector; the index takes it up once that commits. */
public record ClaimVectorStored(UUID claimId) {}
