package io.credence.verdict;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ClaimReview document, checked against schema.org's properties for each type it uses. */
@QuarkusTest
class ClaimReviewTest {

    /** schema.org properties used here, per type (https://schema.org/ClaimReview, Rating, Claim, ...). */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "ClaimReview", Set.of("@context", "@type", "url", "claimReviewed", "datePublished", "author", "reviewRating",
                    "itemReviewed"),
            "Rating", Set.of("@type", "ratingValue", "bestRating", "worstRating", "alternateName"),
            "Claim", Set.of("@type", "author", "datePublished", "appearance"),
            "Organization", Set.of("@type", "name", "url"),
            "Person", Set.of("@type", "name", "url"),
            "CreativeWork", Set.of("@type", "url", "publisher"));
    private static final String CLAIM = """
            {"text": "%s", "claimant": "Unnamed official",
             "appearance": {"url": "https://news.example/gold", "publisher": "Example Daily",
                            "publishedAt": "2026-11-20T08:30:00Z"}}""";

    @Test
    void publishesTheVerdictAsSchemaOrgClaimReview() {
        String text = unique("Moscow paid for the drones with gold");
        String claim = given().contentType(ContentType.JSON).body(CLAIM.formatted(text)).post("/claims")
                .then().statusCode(201).extract().path("id");
        String etag = given().get("/claims/{id}", claim).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("rating", 2, "rationale", "No shipment in the customs records"))
                .put("/claims/{id}/verdict", claim).then().statusCode(200);

        Map<String, Object> review = given().get("/claims/{id}/claim-review", claim).then().statusCode(200)
                .contentType("application/ld+json").extract().as(Map.class);
        assertConforms(review);
        assertEquals("https://schema.org", review.get("@context"));
        assertEquals(text, review.get("claimReviewed"));
        assertTrue(((String) review.get("url")).endsWith("/claims/" + claim + "/claim-review"));
        Map<?, ?> rating = (Map<?, ?>) review.get("reviewRating");
        assertEquals(2, rating.get("ratingValue"));
        assertEquals(5, rating.get("bestRating"));
        assertEquals(1, rating.get("worstRating"));
        assertEquals("Mostly false", rating.get("alternateName"));
        Map<?, ?> item = (Map<?, ?>) review.get("itemReviewed");
        assertEquals("2026-11-20", item.get("datePublished"));
        assertEquals("Unnamed official", ((Map<?, ?>) item.get("author")).get("name"));
        assertEquals("https://news.example/gold", ((Map<?, ?>) item.get("appearance")).get("url"));
        assertEquals("Credence", ((Map<?, ?>) review.get("author")).get("name"));
    }

    /** Desks embed the JSON-LD in a script element: a claim's text must not be able to close it (issue 16). */
    @Test
    void markupInAClaimCannotBreakOutOfTheEmbeddedJsonLd() {
        String text = unique("Gold paid </script><script>alert(document.domain)</script> & more");
        String claim = given().contentType(ContentType.JSON).body(Map.of("text", text, "claimant", "<b>Official</b>"))
                .post("/claims").then().statusCode(201).extract().path("id");
        String etag = given().get("/claims/{id}", claim).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("rating", 1, "rationale", "Invented")).put("/claims/{id}/verdict", claim).then().statusCode(200);

        String body = given().get("/claims/{id}/claim-review", claim).then().statusCode(200).extract().asString();
        assertFalse(body.contains("<") || body.contains(">") || body.contains("&"), body);
        assertTrue(body.contains("\\u003C/script\\u003E") || body.contains("\\u003c/script\\u003e"), body);
        assertEquals(text, io.restassured.path.json.JsonPath.from(body).getString("claimReviewed"));
        // and the same in the plain JSON answers
        String plain = given().get("/claims/{id}", claim).then().statusCode(200).extract().asString();
        assertFalse(plain.contains("</script>"), plain);
    }

    @Test
    void noVerdictNoClaimReview() {
        String claim = given().contentType(ContentType.JSON).body(Map.of("text", unique("Unjudged"))).post("/claims")
                .then().statusCode(201).extract().path("id");
        problem(given().get("/claims/{id}/claim-review", claim).then(), 404, "not-found");
    }

    @SuppressWarnings("unchecked")
    private static void assertConforms(Map<String, Object> node) {
        String type = (String) node.get("@type");
        Set<String> allowed = PROPERTIES.get(type);
        assertTrue(allowed != null, "unexpected @type " + type);
        for (Map.Entry<String, Object> property : node.entrySet()) {
            assertTrue(allowed.contains(property.getKey()), type + " has no property " + property.getKey());
            if (property.getValue() instanceof Map<?, ?> child) {
                assertConforms((Map<String, Object>) child);
            }
        }
    }
}
