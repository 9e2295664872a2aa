package io.credence.webhook;

import io.credence.access.Roles;
import io.credence.api.PageRequest;
import io.credence.api.ProblemResponses;
import io.credence.api.PublicLinks;
import io.credence.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

    private final WebhookSubscriptions subscriptions;

    WebhookResource(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Operation(
            summary = "Subscribe a URL to events",
            description = "Each matching change is POSTed as JSON with a "
                    + "delivery id (X-Credence-Delivery) and an HMAC-SHA256 signature of the body (X-Credence-Signature: "
                    + "sha256=<hex>), retried with exponential backoff until the receiver answers 2xx.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed.",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public Response create(@NotNull @Valid WebhookRequest request, @Context UriInfo uri) {
        Webhook webhook = subscriptions.subscribe(request);
        return Response.created(PublicLinks.absolutePath(uri)
                        .path(webhook.id.toString())
                        .build())
                .entity(WebhookResponse.of(webhook))
                .build();
    }

    @GET
    @Operation(summary = "List webhooks", description = "Every subscription; secrets are never shown.")
    public List<WebhookResponse> list() {
        return subscriptions.list().stream().map(WebhookResponse::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "End a subscription",
            description = "Nothing more is sent to the webhook; deliveries still "
                    + "pending are marked FAILED. The subscription and its deliveries stay listed, with when and by whom it "
                    + "was removed. Removing it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public void remove(@PathParam("id") @Parameter(description = "Webhook id.") UUID id) {
        subscriptions.remove(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook's deliveries", description = "Newest first, with attempts and outcomes.")
    public Page<DeliveryResponse> deliveries(
            @PathParam("id") @Parameter(description = "Webhook id.") UUID id, @Valid @BeanParam PageRequest page) {
        return subscriptions.deliveries(id, page.query()).map(DeliveryResponse::of);
    }
}
