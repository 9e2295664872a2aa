package io.credence.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RowCounts;
import io.credence.support.UnconfiguredBaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 32, finding 7: /check costs CPU in proportion to its text whether or not it registers anything,
 * so each key has a budget of characters checked a minute; past it the check is refused (429 with
 * Retry-After) before any work, and other keys go on.
 */
@QuarkusTest
@TestProfile(UnconfiguredBaseProfile.class)
class CheckBudgetTest {

    @Inject
    RowCounts rows;

    @Test
    void aKeyPastItsMinuteOfTextIsRefusedBeforeAnyWorkAndOtherKeysGoOn() {
        String cms = RoleKeys.bearer(RoleKeys.As.CMS);
        String sentence = "The council of " + Api.uniqueWord("Vantor") + " approved a new budget of 12 million euros. ";
        String text = sentence.repeat(UnconfiguredBaseProfile.CHECK_CHARACTERS_PER_MINUTE * 2 / 3 / sentence.length());
        String url = "https://news.example/" + Api.uniqueWord("budget");
        given().header("Authorization", cms).contentType(ContentType.JSON).body(Map.of("text", text)).post("/check")
                .then().statusCode(200);

        Map<String, Long> before = rows.snapshot();
        String retryAfter = Api.problem(given().header("Authorization", cms).contentType(ContentType.JSON)
                        .body(Map.of("text", text, "url", url, "register", true)).post("/check").then(), 429, "too-many-requests")
                .body("detail", containsString(UnconfiguredBaseProfile.CHECK_CHARACTERS_PER_MINUTE + " characters"))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, retryAfter);
        assertEquals(before, rows.snapshot(), "a refused check writes nothing");

        given().header("Authorization", RoleKeys.bearer(RoleKeys.As.EDITOR)).contentType(ContentType.JSON)
                .body(Map.of("text", text)).post("/check").then().statusCode(200);
    }
}
