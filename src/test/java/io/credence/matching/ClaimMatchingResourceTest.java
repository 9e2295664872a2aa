package io.credence.matching;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
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
        given().get("/claims/{id}/similar", original).then().statusCode(200)
                .body("id", hasItem(paraphrase))
                .body("id", not(hasItem(original)))
                .body("id", not(hasItem(otherNumber)));
        given().get("/claims/{id}", original).then().body("$", not(org.hamcrest.Matchers.hasKey("possibleDuplicates")));
    }

    @Test
    void anUnrelatedClaimHasNoDuplicates() {
        given().contentType(ContentType.JSON).body(Map.of("text", unique("The Qwertyland orchestra toured 7 cities")))
                .post("/claims").then().statusCode(201).body("possibleDuplicates", empty());
    }

    private static String register(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/claims")
                .then().statusCode(201).extract().path("id");
    }
}
