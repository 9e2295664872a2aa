package io.credence.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditVerification", description = "The result of recomputing every hash chain.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        @Schema(examples = "true") boolean valid,

        @Schema(description = "Events whose hashes were recomputed.", examples = "1042")
        long checkedEvents,

        @Schema(description = "The first event (in chain order) whose hash or link does not hold.")
        UUID firstBrokenEventId,

        @Schema(description = "What does not hold there.", examples = "hash does not match the event's content")
        String problem) {}
