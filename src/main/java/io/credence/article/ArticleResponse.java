package io.credence.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.assessment.Status;
import io.credence.claim.VerdictChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Article",
        description = "A checked article: the claims its sentences relied on, then and now, and "
                + "what changed since it was checked.")
public record ArticleResponse(
        UUID id,
        @Schema(examples = "https://news.example/drones") String url,

        @Schema(description = "When it was last checked; the claims are that check's.")
        Instant checkedAt,

        @Schema(description = "The key owner who checked it.")
        String checkedBy,

        List<ReliedClaim> claims,

        @Schema(
                description = "Changes to its claims since it was checked that may need a correction (each was sent "
                        + "as an article.review-needed webhook), oldest first.")
        List<Change> changes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ArticleClaim", description = "A claim one sentence relied on.")
    public record ReliedClaim(
            UUID claimId,
            int sentenceStart,
            String sentence,

            @Schema(description = "Its status when the article was checked.")
            Status statusAtCheck,

            @Schema(description = "Its status now.") Status status,

            @Schema(description = "Its published verdict when checked, e.g. \"2 Mostly false\".")
            String verdictAtCheck,

            @Schema(description = "Its published verdict now (none while it is back in review).")
            String verdict,

            @Schema(description = "Whether status or verdict differ from the check's.")
            boolean changed) {}

    @Schema(name = "ArticleChange", description = "A change that may need a correction.")
    public record Change(
            UUID id,
            UUID claimId,
            @Schema(examples = "STATUS") ArticleNotice.Kind kind,
            @Schema(examples = "LIKELY_TRUE") String from,
            @Schema(examples = "FALSE") String to,
            @Schema(examples = "evidence 0f8f… added") String reason,
            Instant at) {

        static Change of(ArticleNotice n) {
            return new Change(n.id, n.claimId, n.kind, n.oldValue, n.newValue, n.reason, n.createdAt);
        }
    }

    /** Where a claim stands now: status and the verdict it serves (only while published). */
    record Now(Status status, String verdict) {}

    static ArticleResponse of(Article a, List<ArticleClaim> links, Map<UUID, Now> now, List<ArticleNotice> changes) {
        List<ReliedClaim> claims = links.stream()
                .map(l -> {
                    Now current = now.get(l.claimId);
                    String then = VerdictChanged.of(l.verdictRatingAtCheck, l.verdictLabelAtCheck);
                    boolean changed = current.status() != l.statusAtCheck || !Objects.equals(then, current.verdict());
                    return new ReliedClaim(
                            l.claimId,
                            l.sentenceStart,
                            l.sentence,
                            l.statusAtCheck,
                            current.status(),
                            then,
                            current.verdict(),
                            changed);
                })
                .toList();
        return new ArticleResponse(
                a.id,
                a.url,
                a.checkedAt,
                a.checkedBy,
                claims,
                changes.stream().map(Change::of).toList());
    }
}
