package io.credence.language;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalyzeResourceTest {

    private static final String ARTICLE = "Sources say Moscow paid 1.8 tons of gold. The ministry denied it. "
            + "Rumour has it the 🚁 drones were delivered in May.";

    @BeforeAll
    static void readNumbersAsDoubles() {
        Api.readNumbersAsDoubles();
    }

    @Test
    void flagsCuesWithOffsetsAndScoresSentences() {
        JsonPath analysis = given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE))
                .post("/analyze")
                .then()
                .statusCode(200)
                .body("flags.category", contains("UNNAMED_SOURCE", "HEARSAY"))
                .body("flags.text", contains("Sources say", "Rumour has it"))
                .body("sentences", hasSize(3))
                .body("sentences[1].rumourScore", equalTo(0.0))
                .extract()
                .jsonPath();
        for (Map<String, Object> flag : analysis.<Map<String, Object>>getList("flags")) {
            assertEquals(flag.get("text"), ARTICLE.substring((Integer) flag.get("start"), (Integer) flag.get("end")));
        }
        double hearsay = analysis.getDouble("flags[1].severity");
        assertEquals(hearsay, analysis.getDouble("sentences[2].rumourScore"), 1e-12);
        assertEquals(
                Math.max(hearsay, analysis.getDouble("flags[0].severity")), analysis.getDouble("rumourScore"), 1e-12);
    }

    @Test
    void takesTextsUpToTheLimitAndRefusesLongerOnes() {
        String limit = "Plain words. ".repeat(100_000 / 13) + "x".repeat(100_000 % 13);
        assertEquals(100_000, limit.length());
        given().contentType(ContentType.JSON)
                .body(Map.of("text", limit))
                .post("/analyze")
                .then()
                .statusCode(200)
                .body("flags", empty());
        problem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("text", limit + "!"))
                                .post("/analyze")
                                .then(),
                        413,
                        "payload-too-large")
                .body("detail", Matchers.containsString("100001"));
    }

    @Test
    void refusesBadInput() {
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{}")
                                .post("/analyze")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("text"));
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"text\": 42}")
                        .post("/analyze")
                        .then(),
                400,
                "validation");
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"text\": ")
                        .post("/analyze")
                        .then(),
                400,
                "malformed-body");
        problem(
                given().contentType(ContentType.TEXT)
                        .body("rumor has it")
                        .post("/analyze")
                        .then(),
                415,
                "unsupported-media-type");
        problem(given().get("/analyze").then(), 405, "method-not-allowed");
    }

    @Test
    void claimsCarryTheirFlagsAndRumourGradeClaimsAreRumours() {
        String text = "Rumour has it that " + unique("Moscow") + " paid for the drones with gold.";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("status", equalTo("RUMOUR"))
                .body("rumourFlags.category", contains("HEARSAY"))
                .body("rumourFlags[0].start", equalTo(0))
                .body("rumourFlags[0].text", equalTo("Rumour has it"))
                .extract()
                .path("id");
        given().get("/claims/{id}", id)
                .then()
                .body("status", equalTo("RUMOUR"))
                .body("rumourScore", closeTo(0.85, 1e-12));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", unique("Moscow") + " paid for the drones with gold."))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("status", equalTo("UNVERIFIED"))
                .body("rumourFlags", empty());
    }

    @Test
    void hedgedExcerptsWeighLess() {
        String claim = Api.createClaim(unique("Shipment"));
        String source = Api.createSource(unique("Wire"), "A");
        String excerpt = "Officials reportedly confirmed the shipment.";
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "stance", "SUPPORTS", "credibility", 2, "excerpt", excerpt))
                .post("/claims/{id}/evidence", claim)
                .then()
                .statusCode(201)
                .body("rumourFlags.text", contains("reportedly"))
                .body("rumourPenalty", closeTo(0.55, 1e-12));
        // weight = trust(A) 1.0 × weight(2) 2.8 × (1 − 0.55) = 1.26
        JsonPath a =
                given().get("/claims/{id}/assessment", claim).then().extract().jsonPath();
        assertEquals(0.55, a.getDouble("derivation.items[0].rumourPenalty"), 1e-12);
        assertEquals(2.8 * 0.45, a.getDouble("derivation.r.total"), 1e-12);
        assertEquals(List.of("COUNTED"), a.getList("derivation.items.role"));
    }
}
