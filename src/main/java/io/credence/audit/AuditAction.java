package io.credence.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an audit event records, with the entity it is about. The wire names are what the trail
 * stores and hashes, so they never change; a new kind of change is a new constant.
 */
public enum AuditAction {
    CLAIM_REGISTERED("claim.registered", "claim"),
    CLAIM_WORKFLOW_CHANGED("claim.workflow-changed", "claim"),
    CLAIM_DUPLICATE_CONFIRMED("claim.duplicate-confirmed", "claim"),
    CLAIM_DUPLICATE_REJECTED("claim.duplicate-rejected", "claim"),
    /** The engine's own event when a claim's status moves (actor engine). */
    CLAIM_STATUS_COMPUTED("claim.status-computed", "claim"),
    EVIDENCE_ADDED("evidence.added", "evidence"),
    EVIDENCE_WITHDRAWN("evidence.withdrawn", "evidence"),
    EVIDENCE_INDEPENDENCE_RULED("evidence.independence-ruled", "evidence"),
    VERDICT_PUBLISHED("verdict.published", "verdict"),
    SOURCE_REGISTERED("source.registered", "source"),
    SOURCE_RELIABILITY_CHANGED("source.reliability-changed", "source"),
    KEY_ISSUED("key.issued", "api_key"),
    KEY_REVOKED("key.revoked", "api_key"),
    WEBHOOK_SUBSCRIBED("webhook.subscribed", "webhook"),
    WEBHOOK_REMOVED("webhook.removed", "webhook"),
    PARAMETERS_CHANGED("parameters.changed", "engine_parameters"),
    /** An organisation seen for the first time in an imported ClaimReview, with the F source it got. */
    REVIEW_ORGANISATION_REGISTERED("review-organisation.registered", "review_organisation"),
    /** An admin's decision that an imported organisation's reviews count as another source's. */
    REVIEW_ORGANISATION_LINKED("review-organisation.linked", "review_organisation"),
    /** An admin's decision not to follow the rating a source's track record suggested (accepting one is a re-rating). */
    RATING_SUGGESTION_DISMISSED("source.rating-suggestion-dismissed", "rating_suggestion_dismissal");

    private static final Map<String, AuditAction> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AuditAction::wireName, Function.identity()));

    private final String wireName;
    private final String entity;

    AuditAction(String wireName, String entity) {
        this.wireName = wireName;
        this.entity = entity;
    }

    /** The action as the trail stores it ("evidence.withdrawn"). */
    public String wireName() {
        return wireName;
    }

    /** The entity it is about, as the trail stores it ("evidence"). */
    public String entity() {
        return entity;
    }

    /** The action a stored event names; empty for one this version does not know. */
    public static Optional<AuditAction> of(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }
}
