package io.credence.matching;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimMatchingResourceTest {

    @Test
    void registeringAParaphraseNamesTheClaimItRepeats() {
        // A word (letters only: digits would be numbers to the matcher) that no other test uses keeps
        // this test's claims apart from the rest of the database.
        String marker = Api.uniqueWord("zan");
        String original = register("Moscow paid for the drones of " + marker + " with 1.8 tons of gold");
        String otherNumber = register("Moscow paid for the drones of " + marker + " with 18 tons of gold");

        // Other tests' claims about gold and drones may match as well: these assertions hold whatever else is there.
        String paraphrase = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Russia reportedly paid Iran 1.8 tonnes of gold bars for " + marker + " drones"))
                .post("/claims").then().statusCode(201)
                .body("possibleDuplicates.id", hasItem(original))
                .body("possibleDuplicates.id", not(hasItem(otherNumber)))
                .body("possibleDuplicates.find { it.id == '" + original + "' }.status", equalTo("UNVERIFIED"))
                .extract().path("id");
        // The similar list shows the other number too, as a contradiction, not as the same claim.
        given().get("/claims/{id}/similar", original).then().statusCode(200)
                .body("find { it.id == '" + paraphrase + "' }.relation", equalTo("SAME"))
                .body("id", not(hasItem(original)))
                .body("find { it.id == '" + otherNumber + "' }.relation", equalTo("CONTRADICTS"))
                .body("find { it.id == '" + otherNumber + "' }.reason", containsString("numbers"));
        given().get("/claims/{id}", original).then().body("$", not(org.hamcrest.Matchers.hasKey("possibleDuplicates")));
    }

    @Test
    void anUnrelatedClaimHasNoDuplicates() {
        given().contentType(ContentType.JSON).body(Map.of("text", unique("The Qwertyland orchestra toured 7 cities")))
                .post("/claims").then().statusCode(201).body("possibleDuplicates", empty());
    }

    @Test
    void aLongSentenceThatContainsAClaimFindsIt() {
        String marker = Api.uniqueWord("kor");
        String claim = register("Moscow paid for the " + marker + " drones with at least 1.8 tons of gold bars");
        String sentence = "Rumor has it, Moscow paid for the " + marker + " drones with at least 1.8 tons of gold bars, "
                + "which were flown from Vnukovo airport to Tehran, according to people familiar with the Sahara Thunder deal.";
        search(sentence, 3).body("matches[0].id", equalTo(claim)).body("matches[0].relation", equalTo("SAME"));
    }

    @Test
    void paraphrasesMatchAndOppositesAreContradictions() {
        String marker = Api.uniqueWord("vel");
        String claim = register("The " + marker + " parliament ratified the treaty with Iran");
        search("Lawmakers in " + marker + " approved the Iran treaty", 1)
                .body("matches[0].id", equalTo(claim)).body("matches[0].relation", equalTo("SAME"));
        search("The " + marker + " parliament did not ratify the treaty with Iran", 1)
                .body("matches[0].id", equalTo(claim)).body("matches[0].relation", equalTo("CONTRADICTS"))
                .body("matches[0].reason", containsString("negated"));

        String gold = register("Moscow paid the " + marker + " suppliers in gold bullion");
        search("Moscow paid the " + marker + " suppliers in silver", 1)
                .body("matches[0].id", equalTo(gold)).body("matches[0].relation", equalTo("CONTRADICTS"))
                .body("matches[0].reason", containsString("silver"));
    }

    @Test
    void searchReturnsTheLimitWithoutAThresholdBestFirst() {
        register(unique("A ferry capsized in the harbour"));
        register(unique("Grain exports resumed from the port"));
        register(unique("The harbour master resigned"));
        java.util.List<Number> similarities = search("Completely unrelated words about gardening and tulips", 3)
                .body("matches", hasSize(3)).extract().path("matches.similarity");
        for (int i = 1; i < similarities.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    similarities.get(i).doubleValue() <= similarities.get(i - 1).doubleValue(), similarities::toString);
        }
    }

    @Test
    void badSearchesAreProblems() {
        for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(Map.of("text", " "), Map.of("limit", 3),
                Map.of("text", "gold", "limit", 0), Map.of("text", "gold", "limit", 101),
                Map.of("text", "x".repeat(10_001)))) {
            given().contentType(ContentType.JSON).body(body).post("/claims/search").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static io.restassured.response.ValidatableResponse search(String text, int limit) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "limit", limit))
                .post("/claims/search").then().statusCode(200);
    }

    private static String register(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/claims")
                .then().statusCode(201).extract().path("id");
    }
}
