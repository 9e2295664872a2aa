package io.credence.claim;

import java.util.UUID;

/** What the trail records of a duplicate decision: the canonical claim the claim points at (or null). */
public record DuplicateRecord(UUID duplicateOf) {}
