package io.credence.claimreview;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The desk's ClaimReview, checked against schema.org's properties for each type it uses and
 * against the fields Google's ClaimReview guide requires; served only while the claim is published.
 */
@QuarkusTest
class ClaimReviewTest {

    /**
     * schema.org properties of each type used (https://schema.org/ClaimReview, /Rating, /Claim,
     * /Organization, /Person, /CreativeWork, /DataFeed: the subset a review could carry, copied from
     * those pages, including properties inherited from CreativeWork and Thing).
     */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "ClaimReview",
                    Set.of(
                            "@context",
                            "@type",
                            "url",
                            "claimReviewed",
                            "datePublished",
                            "author",
                            "reviewRating",
                            "itemReviewed",
                            "headline",
                            "name",
                            "publisher",
                            "inLanguage",
                            "reviewBody"),
            "Rating",
                    Set.of(
                            "@type",
                            "ratingValue",
                            "bestRating",
                            "worstRating",
                            "alternateName",
                            "ratingExplanation",
                            "author",
                            "reviewAspect"),
            "Claim",
                    Set.of(
                            "@type",
                            "author",
                            "datePublished",
                            "appearance",
                            "firstAppearance",
                            "claimInterpreter",
                            "name"),
            "Organization", Set.of("@type", "name", "url", "sameAs", "logo"),
            "Person", Set.of("@type", "name", "url", "sameAs", "jobTitle"),
            "CreativeWork", Set.of("@type", "url", "publisher", "datePublished", "author", "headline", "name"),
            "DataFeed", Set.of("@context", "@type", "name", "dateModified", "dataFeedElement", "url"));
    /**
     * Google Search's ClaimReview structured data (developers.google.com/search/docs/appearance/
     * structured-data/factcheck): required claimReviewed, reviewRating (with alternateName, or
     * ratingValue with bestRating and worstRating) and url; author, itemReviewed with its author and
     * appearance recommended, so they are held to here as well.
     */
    private static void assertGoogleFields(Map<?, ?> review) {
        for (String required :
                List.of("claimReviewed", "reviewRating", "url", "author", "itemReviewed", "datePublished")) {
            assertNotNull(review.get(required), "Google requires/recommends " + required + ": " + review);
        }
        Map<?, ?> rating = (Map<?, ?>) review.get("reviewRating");
        assertTrue(rating.get("alternateName") != null
                || (rating.get("ratingValue") != null
                        && rating.get("bestRating") != null
                        && rating.get("worstRating") != null));
        assertNotNull(((Map<?, ?>) review.get("author")).get("name"));
        assertTrue(((String) review.get("url")).startsWith("http"));
    }

    private static final String CLAIM = """
            {"text": "%s", "claimant": "Unnamed official",
             "appearance": {"url": "https://news.example/gold", "publisher": "Example Daily",
                            "publishedAt": "2026-11-20T08:30:00Z"}}""";

    @Test
    void publishesTheVerdictAsSchemaOrgClaimReviewWithEveryAppearance() {
        String text = unique("Moscow paid for the drones with gold");
        String claim = given().contentType(ContentType.JSON)
                .body(CLAIM.formatted(text))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // A second appearance: a checked article that relied on the claim.
        String article = "https://cms.example/" + unique("gold").replace(' ', '-');
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text + ".", "url", article))
                .post("/check")
                .then()
                .statusCode(200);
        Api.publish(claim, 2, "No shipment in the customs records");

        Map<String, Object> review = given().get("/claims/{id}/claim-review", claim)
                .then()
                .statusCode(200)
                .contentType("application/ld+json")
                .extract()
                .as(Map.class);
        assertConforms(review);
        assertGoogleFields(review);
        assertEquals("https://schema.org", review.get("@context"));
        assertEquals(text, review.get("claimReviewed"));
        assertTrue(((String) review.get("url")).endsWith("/claims/" + claim + "/claim-review"));
        Map<?, ?> rating = (Map<?, ?>) review.get("reviewRating");
        assertEquals(2, rating.get("ratingValue"));
        assertEquals(5, rating.get("bestRating"));
        assertEquals(1, rating.get("worstRating"));
        assertEquals("Mostly false", rating.get("alternateName"));
        assertEquals("No shipment in the customs records", rating.get("ratingExplanation"));
        Map<?, ?> item = (Map<?, ?>) review.get("itemReviewed");
        assertEquals("2026-11-20", item.get("datePublished"));
        assertEquals("Unnamed official", ((Map<?, ?>) item.get("author")).get("name"));
        List<?> appearances = (List<?>) item.get("appearance");
        assertEquals(
                List.of("https://news.example/gold", article),
                appearances.stream().map(a -> ((Map<?, ?>) a).get("url")).toList());
        assertEquals("Example Daily", ((Map<?, ?>) ((Map<?, ?>) appearances.get(0)).get("publisher")).get("name"));
        assertEquals("Credence", ((Map<?, ?>) review.get("author")).get("name"));

        // In the partners' feed too.
        Map<String, Object> feed = given().get("/claim-reviews")
                .then()
                .statusCode(200)
                .contentType("application/ld+json")
                .extract()
                .as(Map.class);
        assertEquals("DataFeed", feed.get("@type"));
        List<Map<String, Object>> elements = (List<Map<String, Object>>) feed.get("dataFeedElement");
        Map<String, Object> inFeed = elements.stream()
                .filter(e -> text.equals(e.get("claimReviewed")))
                .findFirst()
                .orElseThrow();
        assertEquals(review, inFeed);
        elements.forEach(ClaimReviewTest::assertConforms);
        elements.forEach(ClaimReviewTest::assertGoogleFields);
    }

    /** A verdict stays on record, but while the claim is back in review it is not the desk's published word. */
    @Test
    void aClaimBackInReviewServesNoReview() {
        String claim = Api.createClaim(unique("Back in review"));
        Api.publish(claim, 5, "Confirmed by the ministry");
        given().get("/claims/{id}/claim-review", claim).then().statusCode(200);

        given().contentType(ContentType.JSON)
                .header("If-Match", Api.etag(claim))
                .body(Map.of("state", "IN_REVIEW", "reason", "A reader sent a contradicting document"))
                .put("/claims/{id}/workflow", claim)
                .then()
                .statusCode(200);
        problem(given().get("/claims/{id}/claim-review", claim).then(), 404, "not-found");
        String feed =
                given().get("/claim-reviews").then().statusCode(200).extract().asString();
        assertFalse(feed.contains(claim), "a claim in review is not in the feed");
        given().get("/claims/{id}/verdict", claim).then().statusCode(200);
    }

    /** Desks embed the JSON-LD in a script element: a claim's text must not be able to close it. */
    @Test
    void markupInAClaimCannotBreakOutOfTheEmbeddedJsonLd() {
        String text = unique("Gold paid </script><script>alert(document.domain)</script> & more");
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "claimant", "<b>Official</b>"))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.publish(claim, 1, "Invented");

        String body = given().get("/claims/{id}/claim-review", claim)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(body.contains("<") || body.contains(">") || body.contains("&"), body);
        assertTrue(body.contains("\\u003C/script\\u003E") || body.contains("\\u003c/script\\u003e"), body);
        assertEquals(text, JsonPath.from(body).getString("claimReviewed"));
        String plain = given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(plain.contains("</script>"), plain);
        String feed =
                given().get("/claim-reviews").then().statusCode(200).extract().asString();
        assertFalse(feed.contains("</script>"), "the feed is escaped as the single review is");
    }

    @Test
    void noVerdictNoClaimReview() {
        String claim = Api.createClaim(unique("Unjudged"));
        problem(given().get("/claims/{id}/claim-review", claim).then(), 404, "not-found");
    }

    /**
     * The desk's two members beyond schema.org, on the review itself only: its signature and the audit event
     * of its verdict (docs/NEWSROOM.md). Terms the JSON-LD context does not define are dropped by JSON-LD
     * processors and ignored by search engines, so they do not change what the review says to them.
     */
    private static final Set<String> DESK_EXTENSIONS = Set.of("jws", "verdictEvent");

    @SuppressWarnings("unchecked")
    private static void assertConforms(Map<String, Object> node) {
        String type = (String) node.get("@type");
        Set<String> allowed = PROPERTIES.get(type);
        assertTrue(allowed != null, "unexpected @type " + type);
        if ("ClaimReview".equals(type)) {
            assertTrue(
                    node.keySet().containsAll(DESK_EXTENSIONS), "every published review is signed: " + node.keySet());
        }
        for (Map.Entry<String, Object> property : node.entrySet()) {
            if ("ClaimReview".equals(type) && DESK_EXTENSIONS.contains(property.getKey())) {
                continue;
            }
            assertTrue(allowed.contains(property.getKey()), type + " has no property " + property.getKey());
            List<?> values = property.getValue() instanceof List<?> list ? list : List.of(property.getValue());
            for (Object value : values) {
                if (value instanceof Map<?, ?> child) {
                    assertConforms((Map<String, Object>) child);
                }
            }
        }
    }
}
