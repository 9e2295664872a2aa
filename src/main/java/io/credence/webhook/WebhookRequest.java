package io.credence.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateWebhook", description = "Where to send which events, and the secret that signs them.")
public record WebhookRequest(
        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "An http(s) URL; private and loopback addresses are refused.",
                examples = "https://cms.example/hooks/credence")
        String url,

        @NotEmpty
        @Size(max = 10)
        @Schema(
                description =
                        "claim.registered, claim.status-changed, claim.verdict-published, claim.workflow-changed, "
                                + "evidence.added, audit.checkpoint, article.review-needed.",
                examples = "[\"claim.status-changed\", \"claim.verdict-published\"]")
        List<@NotBlank String> events,

        @NotBlank
        @Size(min = 16, max = 200)
        @Schema(description = "At least 16 characters; signs each delivery (HMAC-SHA256). Not shown again.")
        String secret) {}
