package io.credence.claimreview;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
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

/**
 * A third-party feed cannot decide a claim by borrowing the name of a source the
 * desk rated. Its organisations are known by the domain their reviews are published on, start at F
 * whatever their name, and count as a trusted source only after an admin links them.
 */
@QuarkusTest
class ImportedOrganisationTest {

    private static final String LD_JSON = "application/ld+json; charset=UTF-8";

    @Inject
    RowCounts rows;

    private static String review(String url, String claim, String organisation, int rating, String label) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "datePublished": "2026-11-02", "author": {"@type": "Organization", "name": "%s"},
                 "reviewRating": {"@type": "Rating", "ratingValue": %d, "bestRating": 5, "worstRating": 1,
                                  "alternateName": "%s"}}""".formatted(url, claim, organisation, rating, label);
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

    private static String status(String claim) {
        return given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static Map<String, Object> organisationOf(String domain) {
        List<Map<String, Object>> all = given().queryParam("size", 100)
                .get("/claim-reviews/organisations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return all.stream()
                .filter(o -> domain.equals(o.get("domain")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + domain + " in " + all));
    }

    @Test
    void aFeedUsingTrustedNamesInformsButCannotDecideUntilAnAdminLinksItsOrganisation() {
        String trustedName = unique("Trusted Wire");
        String secondName = unique("Second Trusted");
        String trusted = Api.createSource(trustedName, "A");
        String second = Api.createSource(secondName, "B");
        String marker = Api.uniqueWord("Kelvara");
        String text = "The harbour of " + marker + " was sold to a shipping cartel for 40 million euros";
        String claim = Api.createClaim(text);
        assertEquals("UNVERIFIED", status(claim));

        // A hostile feed writes the trusted sources' names, in another case, on reviews published elsewhere.
        String wireDomain = marker.toLowerCase(Locale.ROOT) + "-wire.example";
        String otherDomain = marker.toLowerCase(Locale.ROOT) + "-other.example";
        JsonPath report = importFeed("["
                + review(
                        "https://www." + wireDomain + "/checks/1",
                        text,
                        trustedName.toLowerCase(Locale.ROOT),
                        1,
                        "False")
                + ", "
                + review("https://" + otherDomain + "/2", text, secondName.toUpperCase(Locale.ROOT), 1, "Pants on Fire")
                + "]");
        assertEquals(2, report.getInt("claimsMatched"), report.prettify());
        assertEquals("UNVERIFIED", status(claim), "imported reviews inform; they cannot decide");
        assertEquals(2, report.getInt("sourcesRegistered"), "each organisation gets a source of its own");

        JsonPath evidence = given().get("/claims/{id}/evidence", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> sources = evidence.getList("items.sourceId");
        assertEquals(2, sources.size());
        assertFalse(sources.contains(trusted) || sources.contains(second), "no review counts as a registered source");
        for (String source : sources) {
            JsonPath s = given().get("/sources/{id}", source)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals("F", s.getString("reliability"));
            assertEquals("ORGANISATION", s.getString("kind"));
            assertTrue(s.getString("name").contains("[ClaimReview feed: "), s.getString("name"));
        }

        // The organisation is known by its domain ("www." aside), its own source, not linked.
        Map<String, Object> wire = organisationOf(wireDomain);
        assertEquals(trustedName.toLowerCase(Locale.ROOT), wire.get("name"));
        assertEquals(wire.get("ownSourceId"), wire.get("sourceId"));
        assertEquals(false, wire.get("linked"));
        assertEquals(1, wire.get("reviews"));
        String wireId = (String) wire.get("id");

        // Only an admin decides; an editor is refused and nothing changes.
        Map<String, Long> before = rows.snapshot();
        Api.problem(
                given().header("Authorization", RoleKeys.bearer(RoleKeys.As.EDITOR))
                        .contentType(ContentType.JSON)
                        .body(Map.of("sourceId", trusted, "rationale", "editor tries"))
                        .put("/claim-reviews/organisations/{id}/source", wireId)
                        .then(),
                403,
                "forbidden");
        Api.problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("sourceId", "00000000-0000-0000-0000-000000000009", "rationale", "no such source"))
                        .put("/claim-reviews/organisations/{id}/source", wireId)
                        .then(),
                422,
                "unknown-reference");
        assertEquals(before, rows.snapshot());
        assertEquals("UNVERIFIED", status(claim));

        // The admin links the organisation to the trusted source: its review now counts as the A source's.
        String etag = given().get("/claim-reviews/organisations/{id}", wireId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        JsonPath linked = given().header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "sourceId", trusted, "rationale", "checked with the wire's desk: " + wireDomain + " is theirs"))
                .put("/claim-reviews/organisations/{id}/source", wireId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(trusted, linked.getString("sourceId"));
        assertTrue(linked.getBoolean("linked"));
        assertNotNull(linked.getString("linkedAt"));
        // A second decision on the version the first replaced is refused.
        Api.problem(
                given().header("If-Match", etag)
                        .contentType(ContentType.JSON)
                        .body(Map.of("sourceId", second, "rationale", "stale"))
                        .put("/claim-reviews/organisations/{id}/source", wireId)
                        .then(),
                412,
                "precondition-failed");

        assertNotEquals("UNVERIFIED", status(claim), "an A source's refutation counts");
        JsonPath after = given().get("/claims/{id}/evidence", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = after.getList("items");
        assertEquals(3, items.size(), "the moved review's old item stays on record, withdrawn");
        Map<String, Object> withdrawn = items.stream()
                .filter(i -> i.get("withdrawnAt") != null)
                .findFirst()
                .orElseThrow();
        assertEquals(wire.get("ownSourceId"), withdrawn.get("sourceId"));
        assertTrue(((String) withdrawn.get("withdrawalReason")).contains("an admin's decision"), withdrawn.toString());
        assertTrue(
                items.stream()
                        .anyMatch(i -> trusted.equals(i.get("sourceId"))
                                && i.get("withdrawnAt") == null
                                && "REFUTES".equals(i.get("stance"))),
                items.toString());

        // The decision is in the trail, by the admin, with its rationale.
        List<Map<String, Object>> events = given().queryParam("action", "review-organisation.linked")
                .queryParam("size", 100)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertTrue(
                events.stream()
                        .anyMatch(e ->
                                wireId.equals(e.get("entityId")) && ((String) e.get("reason")).contains(wireDomain)),
                events.toString());

        // The same domain under yet another name is the same organisation, and now counts as the linked source.
        String later = Api.uniqueWord("Morvane");
        String laterText = "The mayor of " + later + " resigned over a bribery inquiry in October";
        importFeed(review("https://" + wireDomain + "/checks/3", laterText, "Anyone Else", 1, "False"));
        String laterClaim =
                given().queryParam("q", later).get("/claims").then().extract().path("items[0].id");
        assertEquals(
                List.of(trusted),
                given().get("/claims/{id}/evidence", laterClaim)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.sourceId"));
    }
}
