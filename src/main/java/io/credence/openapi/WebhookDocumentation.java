package io.credence.openapi;

import io.credence.article.ArticleReviewNeeded;
import io.credence.claim.ClaimRegistered;
import io.credence.claim.ClaimWorkflowChanged;
import io.credence.evidence.EvidenceAdded;
import io.credence.reassessment.ClaimStatusChanged;
import io.credence.verdict.VerdictPublished;
import io.credence.webhook.AuditCheckpointPublished;
import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import io.credence.webhook.WebhookNotice;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The webhooks section of the OpenAPI description: for each event, the body a subscriber receives
 * ({@link WebhookNotice}) with that event's data. The data schemas come from the payload records, which
 * {@link ApiDocumentation} lists among the components so that SmallRye generates them.
 */
public final class WebhookDocumentation {

    private WebhookDocumentation() {}

    /** The record each event's data is (exhaustive: a new event does not compile until it is here). */
    public static Class<? extends EventPayload> payloadOf(EventType type) {
        return switch (type) {
            case CLAIM_REGISTERED -> ClaimRegistered.class;
            case CLAIM_STATUS_CHANGED -> ClaimStatusChanged.class;
            case CLAIM_VERDICT_PUBLISHED -> VerdictPublished.class;
            case CLAIM_WORKFLOW_CHANGED -> ClaimWorkflowChanged.class;
            case EVIDENCE_ADDED -> EvidenceAdded.class;
            case AUDIT_CHECKPOINT -> AuditCheckpointPublished.class;
            case ARTICLE_REVIEW_NEEDED -> ArticleReviewNeeded.class;
        };
    }

    /** The component name a payload record's schema is published under. */
    public static String schemaName(Class<?> type) {
        return type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class)
                .name();
    }

    static void addTo(OpenAPI openAPI) {
        for (EventType type : EventType.values()) {
            Schema body = OASFactory.createSchema()
                    .allOf(List.of(
                            OASFactory.createSchema().ref(schemaName(WebhookNotice.class)),
                            OASFactory.createSchema()
                                    .addProperty(
                                            "event", OASFactory.createSchema().constValue(type.wireName()))
                                    .addProperty(
                                            "data", OASFactory.createSchema().ref(schemaName(payloadOf(type))))));
            openAPI.addWebhook(
                    type.wireName(),
                    OASFactory.createPathItem()
                            .POST(
                                    OASFactory.createOperation()
                                            .summary(type.wireName())
                                            .description(type.description())
                                            .requestBody(OASFactory.createRequestBody()
                                                    .required(true)
                                                    .content(OASFactory.createContent()
                                                            .addMediaType(
                                                                    "application/json",
                                                                    OASFactory.createMediaType()
                                                                            .schema(body))))
                                            .responses(
                                                    OASFactory.createAPIResponses()
                                                            .addAPIResponse(
                                                                    "2XX",
                                                                    OASFactory.createAPIResponse()
                                                                            .description(
                                                                                    "Received. Any other answer, or none within the "
                                                                                            + "answer timeout (10 s by default), is retried with the same body.")))));
        }
    }
}
