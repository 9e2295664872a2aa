package io.credence.source;

import java.util.UUID;

/**
 * What a new rating sets off: the claims with evidence from the source, or citing it, reassessed by a
 * background job queued in the same transaction. Keeping assessments current is its own package
 * (io.credence.reassessment, which reads sources), so a source names here only what it needs of it.
 */
public interface RatingFollowUp {

    /** Queues the reassessment of the claims the source bears on, and returns the job's id. */
    UUID queueReassessment(UUID sourceId, String cause);
}
