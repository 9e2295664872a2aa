package io.credence.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueKey", description = "Who a new API key is for and what it may do.")
public record IssueKeyRequest(
        @NotBlank
        @Size(max = 200)
        @Schema(
                description = "The person or system the key is for; recorded as the actor of its changes. Printable "
                        + "text without control, zero-width or bidirectional-formatting characters; bootstrap-admin, system "
                        + "and engine are reserved.",
                examples = "Newsroom CMS")
        String owner,

        @NotNull
        @Schema(
                description = "admin, editor, cms or auditor.",
                examples = "cms",
                enumeration = {"admin", "editor", "cms", "auditor"})
        String role,

        @Min(0)
        @Max(100_000)
        @Schema(
                description = "The most claims POST /check with register: true may register with this key in any hour "
                        + "(counted over the last hour); absent: credence.check.registrations-per-key-hour (500).",
                examples = "200")
        Integer checkRegistrationsPerHour) {}
