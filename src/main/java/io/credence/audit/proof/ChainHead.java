package io.credence.audit.proof;

/** Where a chain stood: its last event's position and hash. */
public record ChainHead(String chain, long lastSeq, String lastHash) {}
