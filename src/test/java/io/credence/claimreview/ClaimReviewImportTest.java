package io.credence.claimreview;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.matching.ClaimSearch;
import io.credence.matching.PairSimilarity;
import io.credence.support.Api;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Others' fact-checks in: feeds in the shapes publishers use, bad items alone, idempotent by review url. */
@QuarkusTest
class ClaimReviewImportTest {

    @Inject
    RowCounts rows;

    private static final String LD_JSON = "application/ld+json; charset=UTF-8";

    private static String review(String url, String claim, String organisation, int rating, String label) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "headline": "Fact check: %s", "datePublished": "2026-11-02",
                 "author": {"@type": "Organization", "name": "%s", "url": "https://%s.example"},
                 "reviewRating": {"@type": "Rating", "ratingValue": %d, "bestRating": 5, "worstRating": 1, "alternateName": "%s"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A viral post"},
                   "appearance": [{"@type": "CreativeWork", "url": "https://social.example/%s/1"},
                                  {"@type": "CreativeWork", "url": "https://social.example/%s/2"}]}}""".formatted(
                        url,
                        claim,
                        claim,
                        organisation,
                        organisation.toLowerCase(Locale.ROOT).replace(' ', '-'),
                        rating,
                        label,
                        organisation.length(),
                        organisation.length());
    }

    private static JsonPath importFeed(String feed) {
        return given().contentType(LD_JSON)
                .body(feed.getBytes(StandardCharsets.UTF_8))
                .post("/claim-reviews/import")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aDataFeedImportsItsGoodReviewsReportsItsBadOnesAndIsIdempotent() {
        String marker = Api.uniqueWord("Velmora");
        String claim = "The mayor of " + marker + " sold the city water utility to a private fund in 2025";
        String first = "https://checkers.example/" + marker + "/water";
        String second = "https://otherdesk.example/" + marker + "/utility";
        String checkers = unique("Checkers United");
        String feed = """
                {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                  %s,
                  {"@type": "ClaimReview", "url": "https://checkers.example/%s/empty", "author": {"name": "X"}},
                  {"@type": "DataFeedItem", "item": %s}
                ]}""".formatted(
                        review(first, claim, checkers, 1, "False"),
                        marker,
                        review(second, claim, unique("Other Desk"), 2, "Mostly False"));

        JsonPath report = importFeed(feed);
        assertEquals(3, report.getInt("received"));
        assertEquals(1, report.getInt("claimsRegistered"));
        assertEquals(1, report.getInt("claimsMatched"), "the second review is of the claim the first registered");
        assertEquals(2, report.getInt("sourcesRegistered"));
        assertEquals(1, report.getInt("failed"));
        assertTrue(report.getBoolean("complete"));
        assertEquals(1, report.getInt("problems[0].index"));
        assertTrue(report.getString("problems[0].problem").contains("claimReviewed"), report.prettify());

        // One claim, two evidence items from sources registered at F, refuting.
        List<Map<String, Object>> found = given().queryParam("q", marker)
                .get("/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(1, found.size());
        String claimId = (String) found.get(0).get("id");
        assertEquals("Fact check: " + claim, found.get(0).get("headline"));
        JsonPath evidence = given().get("/claims/{id}/evidence", claimId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("REFUTES", "REFUTES"), evidence.getList("items.stance"));
        assertEquals(List.of(first, second), evidence.getList("items.url"));
        String sourceId = evidence.getString("items[0].sourceId");
        given().get("/sources/{id}", sourceId)
                .then()
                .statusCode(200)
                .body("name", equalTo(checkers + " [ClaimReview feed: checkers.example]"))
                .body("reliability", equalTo("F"))
                .body("kind", equalTo("ORGANISATION"));
        given().get("/claims/{id}/history", claimId)
                .then()
                .body("reason", hasItem(ReviewImporter.REASON + " (" + first + ")"));

        // Sent again: nothing is written.
        Map<String, Long> before = rows.snapshot();
        JsonPath again = importFeed(feed);
        assertEquals(2, again.getInt("unchanged"));
        assertEquals(0, again.getInt("claimsRegistered") + again.getInt("claimsMatched") + again.getInt("updated"));
        assertEquals(before, rows.snapshot());

        // The first organisation changes its mind: its old item is withdrawn (audited), a supporting one added.
        JsonPath changed = importFeed(review(first, claim, checkers, 5, "True"));
        assertEquals(1, changed.getInt("updated"));
        JsonPath after =
                given().get("/claims/{id}/evidence", claimId).then().extract().jsonPath();
        assertEquals(3, after.getList("items").size());
        Map<String, Object> withdrawn = after.getList("items", Map.class).stream()
                .filter(i -> i.get("withdrawnAt") != null)
                .findFirst()
                .orElseThrow();
        assertTrue(((String) withdrawn.get("withdrawalReason")).contains(first + " changed"), withdrawn.toString());
        assertEquals("SUPPORTS", after.getString("items[2].stance"));

        // An article that restates the claim gets the imported verdicts back.
        JsonPath checked = given().contentType("application/json")
                .body(Map.of(
                        "text",
                        "Residents are angry. The mayor of " + marker
                                + " sold the water utility of the city to a private fund in 2025."))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> reviews = checked.getList("sentences[1].reviews");
        assertEquals(
                List.of(second, first), reviews.stream().map(r -> r.get("url")).toList(), checked.prettify());
        assertEquals(
                List.of("Mostly False", "True"),
                reviews.stream().map(r -> r.get("textualRating")).toList());
        assertEquals(List.of(2, 5), reviews.stream().map(r -> r.get("rating")).toList());
    }

    @Test
    void aReviewIsAttachedToARegisteredClaimOnlyWhenThePairAloneSaysTheyAreTheSame() {
        // A loose pair on a subject no other test registers, in fixed words (a made-up word would move the pair's
        // vectors, and its similarity, from run to run): a search shows the registered claim as the same, the best
        // of what is registered, from the lower threshold; an import acts without an editor reading it.
        String registered = Api.createClaim("Tarnwick's market traders raised what they charge for local produce");
        String reviewed = "Tarnwick honey prices went up";
        JsonPath searched = given().contentType(ContentType.JSON)
                .body(Map.of("text", reviewed, "limit", 1))
                .post("/claims/search")
                .then()
                .statusCode(200)
                .body("matches[0].id", equalTo(registered))
                .body("matches[0].relation", equalTo("SAME"))
                .extract()
                .jsonPath();
        // Read as a number whatever width the JSON parser gives it (the suite's config decides).
        double similarity = ((Number) searched.get("matches[0].similarity")).doubleValue();
        assertTrue(similarity < PairSimilarity.load(ClaimSearch.PAIR).threshold(), "similarity " + similarity);
        JsonPath report = importFeed(
                review("https://checkers.example/tarnwick/honey", reviewed, unique("Checkers United"), 1, "False"));
        assertEquals(1, report.getInt("claimsRegistered"), report.prettify());
        assertEquals(0, report.getInt("claimsMatched"), report.prettify());
    }

    @Test
    void oneReviewAnArrayAndAGraphAreFeedsToo() {
        String marker = Api.uniqueWord("Quarn");
        JsonPath one = importFeed(review(
                "https://a.example/" + marker,
                "The " + marker + " bridge closed for a year",
                unique("Solo Checker"),
                3,
                "Mixture"));
        assertEquals(1, one.getInt("claimsRegistered"), one.prettify());
        String other = Api.uniqueWord("Ostrel");
        JsonPath array = importFeed("["
                + review(
                        "https://b.example/" + other,
                        "Ten thousand people in " + other + " were evacuated because of a chemical leak",
                        unique("Array Checker"),
                        4,
                        "Mostly True")
                + "]");
        assertEquals(1, array.getInt("claimsRegistered"), array.prettify());
        String third = Api.uniqueWord("Paldor");
        JsonPath graph = importFeed("{\"@context\": \"https://schema.org\", \"@graph\": ["
                + review(
                        "https://c.example/" + third,
                        "A vaccine trial in " + third + " was stopped after nine deaths",
                        unique("Graph Checker"),
                        1,
                        "Pants on Fire")
                + "]}");
        assertEquals(1, graph.getInt("claimsRegistered"), graph.prettify());
    }

    @Test
    void aFeedThatBreaksOffKeepsWhatCameBeforeAndNonJsonIsRefused() {
        String marker = Api.uniqueWord("Tessaly");
        String good = review(
                "https://d.example/" + marker,
                "The " + marker + " mine flooded in March",
                unique("Broken Feed Checker"),
                1,
                "False");
        JsonPath report = importFeed("[" + good + ", {\"@type\": \"ClaimReview\", \"url\": ");
        assertEquals(1, report.getInt("claimsRegistered"));
        assertFalse(report.getBoolean("complete"));
        assertTrue(report.getString("stoppedBecause").contains("not readable JSON"), report.prettify());

        Map<String, Long> untouched = rows.snapshot();
        Api.problem(
                given().contentType(LD_JSON)
                        .body("\"just a string\"")
                        .post("/claim-reviews/import")
                        .then(),
                400,
                "malformed-body");
        // Overlong UTF-8 for "/" (C0 AF) inside an otherwise good review.
        byte[] overlong = review("https://e.example/" + marker + "X", "The " + marker + " port", "Overlong", 1, "False")
                .replace("X", "\u0000")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < overlong.length; i++) {
            if (overlong[i] == 0) {
                byte[] bytes = new byte[overlong.length + 1];
                System.arraycopy(overlong, 0, bytes, 0, i);
                bytes[i] = (byte) 0xC0;
                bytes[i + 1] = (byte) 0xAF;
                System.arraycopy(overlong, i + 1, bytes, i + 2, overlong.length - i - 1);
                overlong = bytes;
                break;
            }
        }
        Api.problem(
                given().contentType(LD_JSON)
                        .body(overlong)
                        .post("/claim-reviews/import")
                        .then(),
                400,
                "malformed-body");
        assertEquals(untouched, rows.snapshot());
    }

    /** Found by the fuzz on PostgreSQL: a NUL in a review was a 500 there; it is the review's problem alone. */
    @Test
    void aReviewHoldingAControlCharacterIsReportedAndTheRestImported() {
        String marker = Api.uniqueWord("Nulvane");
        String bad = review(
                "https://nul.example/" + marker,
                "The " + marker + " dam \\u0000 broke",
                unique("Nul Checker"),
                1,
                "False");
        String separator = review(
                "https://nul.example/" + marker + "-unit",
                "The " + marker + " dam \\u001f broke",
                unique("Nul Checker"),
                1,
                "False");
        String good = review(
                "https://nul.example/" + marker + "-good",
                "The " + marker + " dam held in the flood of May",
                unique("Nul Checker"),
                5,
                "True");
        JsonPath report = importFeed("[" + bad + ", " + separator + ", " + good + "]");
        assertEquals(2, report.getInt("failed"), report.prettify());
        assertTrue(
                report.getString("problems[0].problem").contains("claimReviewed must not contain NUL"),
                report.prettify());
        assertEquals(1, report.getInt("claimsRegistered"));
    }

    @Test
    void ratingsArePlacedByTheirWordsThenTheirNumbers() {
        assertEquals(1, RatingScale.place(null, null, null, "Pants on Fire!"));
        assertEquals(
                2, RatingScale.place(4.0, 5.0, 1.0, "Mostly  False"), "the words win over a number that disagrees");
        assertEquals(3, RatingScale.place(5.0, 9.0, 1.0, "no such label"));
        assertEquals(null, RatingScale.place(7.0, 5.0, 1.0, "no such label"), "a number outside its own scale");
        assertEquals(5, RatingScale.place(10.0, 10.0, 0.0, null));
    }
}
