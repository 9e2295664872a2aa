package io.credence.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.credence.audit.proof.SignedJson;
import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code article.review-needed}, signed: it is signed without its {@code jws} member, which then carries the signature. */
@Schema(
        name = "ArticleReviewNeededEvent",
        description = "The data of article.review-needed: a claim an article relied on moved in a way that may "
                + "need a correction. Signed like a ClaimReview (docs/NEWSROOM.md).")
public record ArticleReviewNeeded(
        @Schema(description = "The article.") UUID articleId,
        @Schema(description = "Its url, as checked.") String url,
        @Schema(description = "The claim it relied on.") UUID claimId,

        @Schema(description = "What moved: the claim's status or its verdict.")
        ArticleNotice.Kind change,

        @Schema(description = "What it was.") String from,
        @Schema(description = "What it is now.") String to,
        @Schema(description = "Why, in the desk's words.") String reason,
        @Schema(description = "The notice's id.") UUID noticeId,

        @JsonProperty(SignedJson.MEMBER)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "JWS (detached payload) over the other members, by the desk's signing key.")
        String jws)
        implements EventPayload {

    /** The same notice carrying its signature. */
    ArticleReviewNeeded signed(String signature) {
        return new ArticleReviewNeeded(articleId, url, claimId, change, from, to, reason, noticeId, signature);
    }

    @Override
    public EventType type() {
        return EventType.ARTICLE_REVIEW_NEEDED;
    }
}
