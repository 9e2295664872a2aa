package io.credence.webhook;

import io.credence.api.PublicLinks;
import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.Page;
import io.credence.api.PageRequest;
import io.credence.api.Listing;
import io.credence.api.ProblemType;
import io.credence.api.Timestamps;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditTrail;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.persistence.LockModeType;
import io.credence.api.ProblemResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "Signed notifications of changes, sent from a transactional outbox (admin only).")
public class WebhookResource {

    private final WebhookConfig config;
    private final SecurityIdentity caller;
    private final AuditTrail trail;
    private final WebhookSecrets secrets;

    WebhookResource(WebhookConfig config, SecurityIdentity caller, AuditTrail trail, WebhookSecrets secrets) {
        this.secrets = secrets;
        this.config = config;
        this.caller = caller;
        this.trail = trail;
    }

    @POST
    @Transactional
    @Operation(summary = "Subscribe a URL to events", description = "Each matching change is POSTed as JSON with a "
            + "delivery id (X-Credence-Delivery) and an HMAC-SHA256 signature of the body (X-Credence-Signature: "
            + "sha256=<hex>), retried with exponential backoff until the receiver answers 2xx.")
    @APIResponse(responseCode = "201", description = "Subscribed.",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public Response create(@NotNull @Valid WebhookRequest request, @Context UriInfo uri) {
        TargetPolicy.check(request.url(), config.allowPrivate());
        for (String event : request.events()) {
            if (!Webhooks.EVENTS.contains(event)) {
                throw new ApiException(ProblemType.VALIDATION, "events: unknown event " + event
                        + "; known: " + Webhooks.EVENTS.stream().sorted().toList());
            }
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = request.url();
        webhook.events = String.join(",", request.events().stream().distinct().toList());
        webhook.secret = secrets.seal(webhook, request.secret());
        webhook.createdAt = Timestamps.now();
        webhook.createdBy = caller.getPrincipal().getName();
        webhook.persist();
        trail.record(AuditTrail.WEBHOOKS, AuditAction.WEBHOOK_SUBSCRIBED, webhook.id, null, null, WebhookState.of(webhook));
        return Response.created(PublicLinks.absolutePath(uri).path(webhook.id.toString()).build())
                .entity(WebhookResponse.of(webhook)).build();
    }

    @GET
    @Operation(summary = "List webhooks", description = "Every subscription; secrets are never shown.")
    public List<WebhookResponse> list() {
        return Webhook.<Webhook>listAll(Sort.by("createdAt")).stream().map(WebhookResponse::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "End a subscription", description = "Nothing more is sent to the webhook; deliveries still "
            + "pending are marked FAILED. The subscription and its deliveries stay listed, with when and by whom it "
            + "was removed. Removing it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public void remove(@PathParam("id") @Parameter(description = "Webhook id.") UUID id) {
        Webhook webhook = Webhook.<Webhook>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Webhook", id));
        if (webhook.removedAt != null) {
            return;
        }
        WebhookState before = WebhookState.of(webhook);
        webhook.removedAt = Timestamps.now();
        webhook.removedBy = caller.getPrincipal().getName();
        trail.record(AuditTrail.WEBHOOKS, AuditAction.WEBHOOK_REMOVED, webhook.id, null, before, WebhookState.of(webhook));
        WebhookDelivery.update("status = ?1, lastError = ?2 where webhookId = ?3 and status = ?4", WebhookDelivery.FAILED,
                "the webhook was removed", id, WebhookDelivery.PENDING);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook's deliveries", description = "Newest first, with attempts and outcomes.")
    public Page<DeliveryResponse> deliveries(@PathParam("id") @Parameter(description = "Webhook id.") UUID id,
                                             @Valid @BeanParam PageRequest page) {
        if (Webhook.findById(id) == null) {
            throw ApiException.notFound("Webhook", id);
        }
        return Listing.where(WebhookDelivery.class, "webhookId = :webhookId", Map.of("webhookId", id),
                Sort.descending("createdAt").and("id")).page(page).map(DeliveryResponse::of);
    }
}
