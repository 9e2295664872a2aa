package io.credence.webhook;

import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.Listing;
import io.credence.refusal.Invalid;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subscriptions to the outbox's events: made, listed and ended, each change audited. */
@ApplicationScoped
public class WebhookSubscriptions {

    private final WebhookConfig config;
    private final SecurityIdentity caller;
    private final AuditWriter audit;
    private final WebhookSecrets secrets;
    private final Timestamps timestamps;

    WebhookSubscriptions(
            WebhookConfig config,
            SecurityIdentity caller,
            AuditWriter audit,
            WebhookSecrets secrets,
            Timestamps timestamps) {
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.secrets = secrets;
        this.timestamps = timestamps;
    }

    /** Subscribes the URL (checked against the target policy) to known events; its secret is sealed. */
    @Transactional
    public Webhook subscribe(WebhookRequest request) {
        TargetPolicy.check(request.url(), config.allowPrivate());
        for (String event : request.events()) {
            if (!Webhooks.EVENTS.contains(event)) {
                throw new Invalid("events: unknown event " + event + "; known: "
                        + Webhooks.EVENTS.stream().sorted().toList());
            }
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = request.url();
        webhook.events = String.join(",", request.events().stream().distinct().toList());
        webhook.secret = secrets.seal(webhook, request.secret());
        webhook.createdAt = timestamps.now();
        webhook.createdBy = caller.getPrincipal().getName();
        webhook.persist();
        audit.record(
                AuditWriter.WEBHOOKS, AuditAction.WEBHOOK_SUBSCRIBED, webhook.id, null, null, WebhookState.of(webhook));
        return webhook;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> list() {
        return Webhook.listAll(Sort.by("createdAt"));
    }

    /** Ends the subscription: nothing more is sent, pending deliveries fail. Ending it again changes nothing. */
    @Transactional
    public void remove(UUID id) {
        Webhook webhook = Webhook.<Webhook>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Webhook", id));
        if (webhook.removedAt != null) {
            return;
        }
        WebhookState before = WebhookState.of(webhook);
        webhook.removedAt = timestamps.now();
        webhook.removedBy = caller.getPrincipal().getName();
        audit.record(
                AuditWriter.WEBHOOKS, AuditAction.WEBHOOK_REMOVED, webhook.id, null, before, WebhookState.of(webhook));
        WebhookDelivery.update(
                "status = ?1, lastError = ?2 where webhookId = ?3 and status = ?4",
                WebhookDelivery.FAILED,
                "the webhook was removed",
                id,
                WebhookDelivery.PENDING);
    }

    /** The webhook's deliveries, newest first; NotFound when there is no such webhook. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDelivery> deliveries(UUID id, PageQuery page) {
        if (Webhook.findById(id) == null) {
            throw new NotFound("Webhook", id);
        }
        return Listing.where(
                        WebhookDelivery.class,
                        "webhookId = :webhookId",
                        Map.of("webhookId", id),
                        Sort.descending("createdAt").and("id"))
                .page(page);
    }
}
