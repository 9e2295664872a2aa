package io.credence.matching;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
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
                .post("/claims")
                .then()
                .statusCode(201)
                .body("possibleDuplicates.id", hasItem(original))
                .body("possibleDuplicates.id", not(hasItem(otherNumber)))
                .body("possibleDuplicates.find { it.id == '" + original + "' }.status", equalTo("UNVERIFIED"))
                .extract()
                .path("id");
        // The similar list shows the other number too, as a contradiction, not as the same claim.
        given().get("/claims/{id}/similar", original)
                .then()
                .statusCode(200)
                .body("find { it.id == '" + paraphrase + "' }.relation", equalTo("SAME"))
                .body("id", not(hasItem(original)))
                .body("find { it.id == '" + otherNumber + "' }.relation", equalTo("CONTRADICTS"))
                .body("find { it.id == '" + otherNumber + "' }.reason", containsString("numbers"));
        given().get("/claims/{id}", original).then().body("$", not(Matchers.hasKey("possibleDuplicates")));
    }

    @Test
    void aRegistrationSuggestsItsParaphraseAsSearchJudgesIt() {
        // The pair as a desk writes it, no marker: the second once took part in its own search, and its own
        // words, the best by BM25, pushed every other candidate's similarity under the SAME threshold.
        String first = register("Moscow paid for the drones with 1.8 tons of gold.");
        String text = "Russia reportedly paid Iran 1.8 tonnes of gold bars for drones.";
        double searched = similarityOf(search(text, 50).extract().jsonPath().getList("matches"), first);
        JsonPath registered = given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("possibleDuplicates.find { it.id == '" + first + "' }.relation", equalTo("SAME"))
                .extract()
                .jsonPath();
        assertEquals(searched, similarityOf(registered.getList("possibleDuplicates"), first), 0.0);
        String second = registered.getString("id");
        JsonPath similar = given().get("/claims/{id}/similar", second)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(second)))
                .body("find { it.id == '" + first + "' }.relation", equalTo("SAME"))
                .extract()
                .jsonPath();
        assertEquals(searched, similarityOf(similar.getList(""), first), 0.0);
    }

    @Test
    void theBestCandidateOfATextSearchedWholeIsTheSameFromTheLowerThreshold() {
        PairSimilarity pair = PairSimilarity.load(ClaimSearch.PAIR);
        // A subject no other test registers (the suite's claims share the database, and the pair must stay first),
        // in fixed words: a made-up word moves the pair's vectors, and with them its similarity, from run to run.
        String loosely = register("Quillan Point's beacon is to be retired, the coastguard announced");
        String text = "Quillan Point lighthouse is going dark";
        double similarity = similarityOf(search(text, 5).extract().jsonPath().getList("matches"), loosely);
        // The pair alone is not sure enough for any candidate, but enough for the best of a text searched whole.
        assertThat(similarity).isBetween(pair.firstThreshold(), pair.threshold());
        // (The similarity is compared above, as a number: the JSON parser's width depends on the suite's config.)
        search(text, 5).body("matches[0].id", equalTo(loosely)).body("matches[0].relation", equalTo("SAME"));
        // A /check of the text alone asks about it whole; as one sentence of a long article it is a part,
        // and a part's best candidate is judged as any other.
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text + "."))
                .post("/check")
                .then()
                .statusCode(200)
                .body("sentences[0].matches.find { it.id == '" + loosely + "' }.relation", equalTo("SAME"));
        String article = (text + ". ") + "The weather was mild for the season, and the market opened late. ".repeat(20);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", article))
                .post("/check")
                .then()
                .statusCode(200)
                .body("sentences[0].matches.id", not(hasItem(loosely)));

        // Once a claim that says it better is registered, the first is no longer the best, nor the same.
        String closely = register("Quillan Point lighthouse is going dark.");
        search(text, 5)
                .body("matches[0].id", equalTo(closely))
                .body("matches[0].relation", equalTo("SAME"))
                .body("matches.find { it.id == '" + loosely + "' }.relation", equalTo("RELATED"));
    }

    /** The similarity of the claim among matches, read as a number whatever width the JSON parser gave it. */
    private static double similarityOf(List<Map<String, Object>> matches, String claim) {
        return matches.stream()
                .filter(m -> claim.equals(m.get("id")))
                .map(m -> ((Number) m.get("similarity")).doubleValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError(claim + " not among " + matches));
    }

    @Test
    void anUnrelatedClaimHasNoDuplicates() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", unique("The Qwertyland orchestra toured 7 cities")))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("possibleDuplicates", empty());
    }

    @Test
    void aLongSentenceThatContainsAClaimFindsIt() {
        String marker = Api.uniqueWord("kor");
        String claim = register("Moscow paid for the " + marker + " drones with at least 1.8 tons of gold bars");
        String sentence =
                "Rumor has it, Moscow paid for the " + marker + " drones with at least 1.8 tons of gold bars, "
                        + "which were flown from Vnukovo airport to Tehran, according to people familiar with the Sahara Thunder deal.";
        search(sentence, 3).body("matches[0].id", equalTo(claim)).body("matches[0].relation", equalTo("SAME"));
    }

    @Test
    void paraphrasesMatchAndOppositesAreContradictions() {
        String marker = Api.uniqueWord("vel");
        String claim = register("The " + marker + " parliament ratified the treaty with Iran");
        search("Lawmakers in " + marker + " approved the Iran treaty", 1)
                .body("matches[0].id", equalTo(claim))
                .body("matches[0].relation", equalTo("SAME"));
        search("The " + marker + " parliament did not ratify the treaty with Iran", 1)
                .body("matches[0].id", equalTo(claim))
                .body("matches[0].relation", equalTo("CONTRADICTS"))
                .body("matches[0].reason", containsString("negated"));

        String gold = register("Moscow paid the " + marker + " suppliers in gold bullion");
        search("Moscow paid the " + marker + " suppliers in silver", 1)
                .body("matches[0].id", equalTo(gold))
                .body("matches[0].relation", equalTo("CONTRADICTS"))
                .body("matches[0].reason", containsString("silver"));
    }

    @Test
    void searchReturnsTheLimitWithoutAThresholdBestFirst() {
        register(unique("A ferry capsized in the harbour"));
        register(unique("Grain exports resumed from the port"));
        register(unique("The harbour master resigned"));
        List<Number> scores = search("Completely unrelated words about gardening and tulips", 3)
                .body("matches", hasSize(3))
                .extract()
                .path("matches.score");
        for (int i = 1; i < scores.size(); i++) {
            Assertions.assertTrue(
                    scores.get(i).doubleValue() <= scores.get(i - 1).doubleValue(), scores::toString);
        }
    }

    @Test
    void aClaimIsFoundByTheHeadlineItWasCheckedUnder() {
        String marker = Api.uniqueWord("hed");
        // CLEF2020 Task 2, verified claim 1 and its Snopes title, with a marker to keep it apart.
        String text = "70 per cent of the persons arrested during protests in " + marker + " had out-of-state IDs.";
        String headline = "70% of Arrested " + marker + " Protesters Are Out-of-State Criminals";
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "headline", headline))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("headline", equalTo(headline))
                .extract()
                .path("id");
        given().get("/claims/{id}", claim).then().body("headline", equalTo(headline));
        given().get("/claims/{id}/history", claim).then().body("[0].after.headline", equalTo(headline));
        // Words only the headline has ("criminals"), restated as a post would: found, said to be the same.
        search("BREAKING: most of the " + marker + " protesters are out-of-state criminals!", 1)
                .body("matches[0].id", equalTo(claim))
                .body("matches[0].text", equalTo(text))
                .body("matches[0].relation", equalTo("SAME"));
        // A claim without one shows no headline.
        given().get("/claims/{id}", register(unique("A ferry capsized in the harbour")))
                .then()
                .body("$", not(Matchers.hasKey("headline")));
        // Bounded like the other texts; a refused registration leaves nothing behind.
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "x " + marker, "headline", "h".repeat(501)))
                .post("/claims")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        search("x " + marker, 5).body("matches.text", not(hasItem("x " + marker)));
    }

    @Test
    void badSearchesAreProblems() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("text", " "),
                Map.of("limit", 3),
                Map.of("text", "gold", "limit", 0),
                Map.of("text", "gold", "limit", 101),
                Map.of("text", "x".repeat(10_001)))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/claims/search")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aConfirmedDuplicateIsAnsweredByItsCanonicalClaim() {
        String marker = Api.uniqueWord("dup");
        String original = register("The " + marker + " refinery was shut down after the explosion on Tuesday");
        String repeat = register("After Tuesday's blast the " + marker + " refinery was closed");
        String etag = etag(repeat);

        Api.problem(decide(repeat, null, original, true), 428, "precondition-required");
        Api.problem(decide(repeat, "\"999\"", original, true), 412, "precondition-failed");
        Api.problem(decide(repeat, etag, UUID.randomUUID().toString(), true), 422, "unknown-reference");
        Api.problem(decide(repeat, etag, repeat, true), 409, "conflict");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("confirmed", true))
                .put("/claims/{id}/duplicate-of", repeat)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/claims/{id}", repeat).then().header("ETag", equalTo(etag));

        decide(repeat, etag, original, true)
                .statusCode(200)
                .body("duplicateOf", equalTo(original))
                .header("ETag", not(equalTo(etag)));
        // Searching with the repeat's own words answers with the canonical claim, once.
        search("After Tuesday's blast the " + marker + " refinery was closed", 5)
                .body("matches[0].id", equalTo(original))
                .body("matches.id", not(hasItem(repeat)))
                .body("matches.findAll { it.id == '" + original + "' }", hasSize(1));
        // The canonical claim cannot now repeat its duplicate.
        Api.problem(decide(original, etag(original), repeat, true), 409, "conflict");
        given().get("/claims/{id}/history", repeat).then().body("action", hasItem("claim.duplicate-confirmed"));

        // Its ClaimReview is the canonical claim's.
        Api.publish(original, 4, "The operator confirmed the closure");
        given().get("/claims/{id}/claim-review", repeat)
                .then()
                .statusCode(200)
                .body(
                        "claimReviewed",
                        equalTo("The " + marker + " refinery was shut down after the explosion on Tuesday"))
                .body("url", Matchers.endsWith("/claims/" + original + "/claim-review"));
    }

    @Test
    void aRejectedPairIsNotSuggestedAgain() {
        String marker = Api.uniqueWord("rej");
        String original = register("The " + marker + " ministry banned fishing in the bay for the summer");
        String lookalike = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Fishing in the bay was banned by the " + marker + " ministry for the summer"))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("possibleDuplicates.id", hasItem(original))
                .extract()
                .path("id");
        decide(lookalike, etag(lookalike), original, false)
                .statusCode(200)
                .body("$", not(Matchers.hasKey("duplicateOf")));
        given().get("/claims/{id}/similar", lookalike).then().statusCode(200).body("id", not(hasItem(original)));
        given().get("/claims/{id}/similar", original).then().statusCode(200).body("id", not(hasItem(lookalike)));
        given().get("/claims/{id}/history", lookalike).then().body("action", hasItem("claim.duplicate-rejected"));
    }

    private static ValidatableResponse decide(String claim, String ifMatch, String canonical, boolean confirmed) {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("canonicalId", canonical, "confirmed", confirmed, "reason", "test"));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/claims/{id}/duplicate-of", claim).then();
    }

    private static String etag(String claim) {
        return given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static ValidatableResponse search(String text, int limit) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "limit", limit))
                .post("/claims/search")
                .then()
                .statusCode(200);
    }

    private static String register(String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
