package io.credence.source;

import io.credence.assessment.Reliability;
import java.util.UUID;

/** Fired, inside the changing transaction, when a source gets a new reliability rating. */
public record ReliabilityChanged(UUID sourceId, Reliability reliability) {
}
