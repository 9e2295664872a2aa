package io.credence.openapi;

import io.credence.api.Problem;
import io.credence.api.ProblemResponses;
import io.credence.article.ArticleReviewNeeded;
import io.credence.claim.ClaimRegistered;
import io.credence.claim.ClaimWorkflowChanged;
import io.credence.evidence.EvidenceAdded;
import io.credence.reassessment.ClaimStatusChanged;
import io.credence.verdict.VerdictPublished;
import io.credence.webhook.AuditCheckpointPublished;
import io.credence.webhook.WebhookNotice;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The parts of the OpenAPI document that belong to no one resource: the problem responses every
 * operation can give. {@link ProblemResponses} attaches them to the operations they apply to.
 */
@SecurityScheme(
        securitySchemeName = ApiDocumentation.API_KEY,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key, sent as 'Authorization: Bearer <key>'. Each key has one role: admin (keys and "
                + "sources), editor (claims, evidence, verdicts, workflow), cms (registers claims, analyzes text, reads) "
                + "or auditor (reads everything, the audit trail included).")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Credence API",
                        version = "0.1.0",
                        description = "Registers claims, sources and evidence, and says how credible each claim is."),
        security = @SecurityRequirement(name = ApiDocumentation.API_KEY),
        components =
                @Components(
                        // The webhooks' bodies: no operation returns them, so they are named here to be generated.
                        schemas = {
                            @Schema(name = "WebhookNotice", implementation = WebhookNotice.class),
                            @Schema(name = "ClaimRegisteredEvent", implementation = ClaimRegistered.class),
                            @Schema(name = "ClaimStatusChangedEvent", implementation = ClaimStatusChanged.class),
                            @Schema(name = "ClaimVerdictPublishedEvent", implementation = VerdictPublished.class),
                            @Schema(name = "ClaimWorkflowChangedEvent", implementation = ClaimWorkflowChanged.class),
                            @Schema(name = "EvidenceAddedEvent", implementation = EvidenceAdded.class),
                            @Schema(name = "AuditCheckpointEvent", implementation = AuditCheckpointPublished.class),
                            @Schema(name = "ArticleReviewNeededEvent", implementation = ArticleReviewNeeded.class)
                        },
                        responses = {
                            @APIResponse(
                                    name = ProblemResponses.BAD_REQUEST,
                                    responseCode = "400",
                                    description = "The request is malformed or fails validation; nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.UNAUTHORIZED,
                                    responseCode = "401",
                                    description = "No API key, or an unknown or revoked one.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.FORBIDDEN,
                                    responseCode = "403",
                                    description = "The API key's role does not allow this operation.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.NOT_FOUND,
                                    responseCode = "404",
                                    description = "No such resource.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.CONFLICT,
                                    responseCode = "409",
                                    description =
                                            "The change conflicts with the resource's current state; nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.PRECONDITION_FAILED,
                                    responseCode = "412",
                                    description =
                                            "If-Match names a version that is no longer current; nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.PRECONDITION_REQUIRED,
                                    responseCode = "428",
                                    description =
                                            "The change needs If-Match with the current ETag; nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.TOO_LARGE,
                                    responseCode = "413",
                                    description =
                                            "The body is larger than 1 MiB, or a text is longer than the operation takes.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
                                    responseCode = "415",
                                    description = "The body is not application/json.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.UNKNOWN_REFERENCE,
                                    responseCode = "422",
                                    description =
                                            "The body refers to a resource that does not exist; nothing was changed.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ProblemResponses.INTERNAL,
                                    responseCode = "500",
                                    description = "Unexpected failure; the body carries a reference to the server log.",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class)))
                        }))
public class ApiDocumentation extends Application {

    public static final String API_KEY = "apiKey";
}
