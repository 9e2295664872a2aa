package io.credence.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.assessment.Grade;
import io.credence.assessment.Stance;
import io.credence.assessment.Status;
import io.credence.assessment.WhatWouldChange;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WouldChange",
        description = "A change of evidence that would move the claim's status, found from the "
                + "rules of evidence and the parameters in force (docs/ASSESSMENT.md, \"What would change it\").")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WouldChange(
        @Schema(
                description = "ADD: one more independent first-hand item of the stance and grade given; "
                        + "WITHDRAW: withdrawing the item named.",
                examples = "ADD")
        Kind kind,

        @Schema(description = "The status the claim would then have.", examples = "CONFIRMED")
        Status status,

        @Schema(description = "ADD: the stance of the item to add.", examples = "SUPPORTS")
        Stance stance,

        @Schema(
                description = "ADD: the weakest Admiralty grades that reach the status (a grade no other reaching "
                        + "grade is below; B3 and C2 are not ordered, so both may be named).",
                examples = "[\"C3\"]")
        List<String> minimumGrades,

        @Schema(description = "ADD: every grade at least one of minimumGrades reaches the same status.")
        Boolean orBetter,

        @Schema(description = "WITHDRAW: the evidence item whose withdrawal moves the probability most.")
        UUID evidenceId,

        @Schema(
                description = "The change in plain words.",
                examples = "One more independent origin graded C3 or better that supports it would make it CONFIRMED.")
        String sentence) {

    @Schema(name = "WouldChangeKind")
    public enum Kind {
        ADD,
        WITHDRAW
    }

    public static WouldChange of(WhatWouldChange.Change change) {
        boolean add = change.kind() == WhatWouldChange.Kind.ADD;
        return new WouldChange(
                add ? Kind.ADD : Kind.WITHDRAW,
                change.reaches(),
                change.stance(),
                add ? change.minimumGrades().stream().map(Grade::toString).toList() : null,
                add ? change.orBetter() : null,
                change.evidenceId() == null ? null : UUID.fromString(change.evidenceId()),
                change.sentence());
    }

    public static List<WouldChange> of(List<WhatWouldChange.Change> changes) {
        return changes.stream().map(WouldChange::of).toList();
    }
}
