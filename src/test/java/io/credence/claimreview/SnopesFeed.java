package io.credence.claimreview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the 10,373 Snopes claims of CLEF2020-CheckThat! Task 2 (../shared/data/claim-matching,
 * verified_claims.docs.tsv) into a schema.org DataFeed of ClaimReviews, as Snopes would publish
 * them: claimReviewed is the verified claim, headline the Snopes title, author Snopes.
 *
 * <p>The data set gives neither the review's address nor its rating, so both are made up, and said
 * to be: the url is {@code https://www.snopes.com/fact-check/clef2020-vclaim-<id>/}, and the rating
 * cycles through Snopes's own labels by claim id ({@link #rating}), so that a test knows which verdict
 * it must get back. The feed tests the loop's plumbing, not anybody's verdicts.
 *
 * <p>{@code scripts/snopes-feed.sh [out.json]} writes it (docs/NEWSROOM.md).
 */
public final class SnopesFeed {

    static final String[] LABELS = {"False", "Mostly False", "Mixture", "Mostly True", "True"};

    private SnopesFeed() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getenv().getOrDefault("CLAIM_MATCHING_DATA", "../shared/data/claim-matching"));
        Path out = Path.of(args.length > 0 ? args[0] : "target/snopes-claimreview-feed.json");
        int written = write(data.resolve("verified_claims.docs.tsv"), out);
        System.out.println(written + " ClaimReviews written to " + out);
    }

    static String url(String vclaimId) {
        return "https://www.snopes.com/fact-check/clef2020-vclaim-" + vclaimId + "/";
    }

    /** The made-up rating of a claim (1..5): its id modulo 5, plus one. */
    static int rating(String vclaimId) {
        return Integer.parseInt(vclaimId) % 5 + 1;
    }

    /** Writes the feed, one review at a time; returns how many. */
    static int write(Path tsv, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        CSVFormat format = CSVFormat.TDF
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .get();
        int count = 0;
        try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8);
                OutputStream os = Files.newOutputStream(out);
                JsonGenerator feed = new JsonFactory().createGenerator(os)) {
            feed.writeStartObject();
            feed.writeStringField("@context", "https://schema.org");
            feed.writeStringField("@type", "DataFeed");
            feed.writeStringField("name", "Snopes fact-checks (CLEF2020-CheckThat! Task 2 verified claims)");
            feed.writeArrayFieldStart("dataFeedElement");
            for (CSVRecord record : format.parse(in)) {
                String id = record.get(0);
                int rating = rating(id);
                feed.writeStartObject();
                feed.writeStringField("@context", "https://schema.org");
                feed.writeStringField("@type", "ClaimReview");
                feed.writeStringField("url", url(id));
                feed.writeStringField("claimReviewed", record.get("vclaim"));
                if (!record.get("title").isBlank()) {
                    feed.writeStringField("headline", record.get("title"));
                }
                feed.writeObjectFieldStart("author");
                feed.writeStringField("@type", "Organization");
                feed.writeStringField("name", "Snopes");
                feed.writeStringField("url", "https://www.snopes.com");
                feed.writeEndObject();
                feed.writeObjectFieldStart("reviewRating");
                feed.writeStringField("@type", "Rating");
                feed.writeNumberField("ratingValue", rating);
                feed.writeNumberField("bestRating", 5);
                feed.writeNumberField("worstRating", 1);
                feed.writeStringField("alternateName", LABELS[rating - 1]);
                feed.writeEndObject();
                feed.writeObjectFieldStart("itemReviewed");
                feed.writeStringField("@type", "Claim");
                feed.writeEndObject();
                feed.writeEndObject();
                count++;
            }
            feed.writeEndArray();
            feed.writeEndObject();
        }
        return count;
    }
}
