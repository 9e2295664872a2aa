package io.credence.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The events a webhook can subscribe to, each with the name it is sent under and subscribed by. Each
 * event's data is one record ({@link EventPayload}); the OpenAPI description publishes them under
 * {@code webhooks}.
 */
public enum EventType {
    CLAIM_REGISTERED("claim.registered", "A claim was registered."),
    CLAIM_STATUS_CHANGED("claim.status-changed", "A claim's computed status moved (a batch of them in the bulk lane)."),
    CLAIM_VERDICT_PUBLISHED("claim.verdict-published", "A fact-checker published a verdict on a claim."),
    CLAIM_WORKFLOW_CHANGED("claim.workflow-changed", "A claim moved in the desk's workflow."),
    EVIDENCE_ADDED("evidence.added", "An item of evidence was attached to a claim."),
    AUDIT_CHECKPOINT(
            "audit.checkpoint",
            "A signed audit checkpoint: subscribers keep copies the service cannot take back (docs/AUDIT.md)."),
    ARTICLE_REVIEW_NEEDED(
            "article.review-needed",
            "A claim an article relied on moved in a way that may need a correction, signed (docs/NEWSROOM.md).");

    private final String wireName;
    private final String description;

    EventType(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    /** What happened, in a sentence, as the API description says it. */
    public String description() {
        return description;
    }

    /** The name a notice carries in its {@code event} member and a subscription lists. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
