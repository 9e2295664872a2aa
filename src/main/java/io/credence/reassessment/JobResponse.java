package io.credence.reassessment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReassessmentJob",
        description = "Claims being reassessed in the background, and how far it has got. "
                + "Until a claim is reached it shows its stored status.")
public record JobResponse(
        UUID id,
        @Schema(examples = "SOURCE_RERATED") ReassessmentJob.Kind kind,

        @Schema(description = "The re-rated source, for SOURCE_RERATED.")
        UUID sourceId,

        @Schema(examples = "source Wire re-rated E") String cause,
        @Schema(examples = "RUNNING") ReassessmentJob.State state,

        @Schema(description = "Claims to reassess, known once the job has started.", examples = "16")
        Long total,

        @Schema(description = "Claims reassessed so far.", examples = "8")
        long done,

        @Schema(description = "Claims whose status changed.", examples = "3")
        long changed,

        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static JobResponse of(ReassessmentJob j) {
        return new JobResponse(
                j.id,
                j.kind,
                j.sourceId,
                j.cause,
                j.state,
                j.total,
                j.done,
                j.changed,
                j.createdAt,
                j.startedAt,
                j.finishedAt);
    }
}
