package io.credence.claimreview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did with each review of a feed, in counts, and the reviews it could not import. */
@Schema(name = "ClaimReviewImport", description = "What the import did with the feed's reviews.")
public class ImportReport {

    /** At most this many problems are listed; the count goes on. */
    static final int MAX_LISTED = 1000;

    @Schema(description = "Reviews read from the feed.", examples = "3")
    public int received;

    @Schema(description = "Reviews that registered a new claim.", examples = "1")
    public int claimsRegistered;

    @Schema(
            description = "Reviews attached to a registered claim that says the same (by the matching path).",
            examples = "1")
    public int claimsMatched;

    @Schema(
            description =
                    "Reviews imported before whose content changed: the old evidence item is withdrawn and a new one added.")
    public int updated;

    @Schema(description = "Reviews imported before and sent again unchanged: nothing was written.")
    public int unchanged;

    @Schema(
            description =
                    "Reviewing organisations registered as sources on first sight, with reliability F until rated.")
    public int sourcesRegistered;

    @Schema(description = "Reviews that could not be imported; each is listed in problems (the first 1,000).")
    public int failed;

    @Schema(
            description = "Whether the whole feed was read. False when it stopped being readable JSON or held more "
                    + "reviews than one import takes; the reviews before that point were imported.")
    public boolean complete = true;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Why the feed was not read to its end.")
    public String stoppedBecause;

    public List<ItemProblem> problems = new ArrayList<>();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ClaimReviewImportProblem")
    public record ItemProblem(
            @Schema(description = "The review's position in the feed, from 0.")
            int index,

            String reviewUrl,
            String problem) {}

    void failed(int index, String reviewUrl, String problem) {
        failed++;
        if (problems.size() < MAX_LISTED) {
            problems.add(new ItemProblem(index, reviewUrl, problem));
        }
    }

    void stopped(String because) {
        complete = false;
        stoppedBecause = because;
    }
}
