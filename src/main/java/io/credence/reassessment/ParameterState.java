package io.credence.reassessment;

import io.credence.assessment.EngineParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A version of the engine's parameters as the audit trail records it: every parameter, the digest
 * that tells versions apart, the rumour lexicon's fingerprint, from when it is in force, and the
 * reassessment job it queued.
 */
public record ParameterState(
        long version,
        String fingerprint,
        String lexicon,
        EngineParameters parameters,
        Instant effectiveFrom,
        UUID reassessmentJob) {

    /** The entity id of a version in the trail (versions are numbered, events name entities by UUID). */
    static UUID idOf(long version) {
        return UUID.nameUUIDFromBytes(("engine-parameters/" + version).getBytes(StandardCharsets.UTF_8));
    }
}
