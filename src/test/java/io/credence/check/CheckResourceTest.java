package io.credence.check;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckResourceTest {

    @Test
    void checksEachSentenceAndRegistersOnlyNewCheckWorthyClaims() {
        String place = Api.uniqueWord("q");
        String unit = Api.uniqueWord("q");
        String existing = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Moscow paid for the " + place + " drones with 1.8 tons of gold"))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String article = "Hello readers! Russia reportedly paid Iran 1.8 tonnes of gold bars for " + place
                + " drones, officials said on Tuesday. I think this is terrible. The Kremlin announced that 300 "
                + unit + " soldiers moved to Belgorod in March. Officials met in Geneva to discuss the plan.";

        JsonPath result = check(article, false);
        List<Map<String, Object>> sentences = result.getList("sentences");
        assertEquals(5, sentences.size());
        for (Map<String, Object> s : sentences) {
            assertEquals(s.get("text"), article.substring((Integer) s.get("start"), (Integer) s.get("end")));
        }
        assertFalse(result.getBoolean("sentences[0].checkWorthy"), "a greeting");
        assertTrue(result.getBoolean("sentences[1].checkWorthy"));
        assertEquals(List.of("reportedly", "officials said"), result.getList("sentences[1].rumourFlags.text"));
        // Other tests' claims about gold and drones may match too; this one must be among the matches.
        List<Map<String, Object>> matches = result.getList("sentences[1].matches");
        Map<String, Object> match = matches.stream()
                .filter(m -> existing.equals(m.get("id")))
                .findFirst()
                .orElseThrow();
        assertEquals("UNVERIFIED", match.get("status"));
        assertFalse(result.getBoolean("sentences[2].checkWorthy"), "an opinion");
        assertTrue(result.getList("sentences[2].reasons").contains("opinion"));
        assertTrue(result.getBoolean("sentences[3].checkWorthy"));
        assertEquals(List.of(), result.getList("sentences[3].matches"));
        assertEquals(List.of(), result.getList("registered"));

        // Highlighted for the desk, but not likely enough to be registered without a reader.
        assertTrue(result.getBoolean("sentences[4].checkWorthy"));
        assertTrue(result.getDouble("sentences[4].checkWorthiness") < 0.5, "below the registration bar");

        JsonPath registering = check(article, true);
        assertEquals(1, registering.getList("registered").size());
        assertNull(registering.get("sentences[4].registeredClaimId"), "check-worthy, but under 0.5");
        String created = registering.getString("sentences[3].registeredClaimId");
        assertEquals(created, registering.getString("registered[0]"));
        assertNull(registering.get("sentences[1].registeredClaimId"), "matched an existing claim");
        given().get("/claims/{id}", created)
                .then()
                .statusCode(200)
                .body("appearance.url", Matchers.equalTo("https://news.example/drones"));

        JsonPath again = check(article, true);
        assertEquals(List.of(), again.getList("registered"), "now it matches the claim registered before");
        assertTrue(again.getList("sentences[3].matches.id").contains(created));
    }

    @Test
    void oneCheckRegistersAtMost25Claims() {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            // Another subject than the other tests', and a number of its own each, so none says the same as another.
            article.append("Customs officers in ")
                    .append(Api.uniqueWord("c"))
                    .append(" seized ")
                    .append(1_000 + i * 37)
                    .append(" kilograms of ")
                    .append(Api.uniqueWord("s"))
                    .append(" at the border on Monday. ");
        }
        JsonPath result = check(article.toString().strip(), true);
        long wouldRegister = result.<Map<String, Object>>getList("sentences").stream()
                .filter(s -> ((Number) s.get("checkWorthiness")).doubleValue() >= 0.5)
                .count();
        assertTrue(wouldRegister > 25, "the article has more registrable sentences than the bound: " + wouldRegister);
        assertEquals(25, result.getList("registered").size());
        assertTrue(result.getBoolean("registrationLimitReached"));
        assertNull(result.get("sentences[29].registeredClaimId"));
        assertFalse(check("Officials met in Geneva to discuss the plan.", true).getBoolean("registrationLimitReached"));
    }

    /** A key spends its hourly budget over several checks; what it registered through /check is counted from the trail. */
    @Test
    void aKeyRegistersNoMoreThanItsHourlyBudget() {
        String key = given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("owner", Api.unique("Budgeted CMS"), "role", "cms", "checkRegistrationsPerHour", 3))
                .post("/keys")
                .then()
                .statusCode(201)
                .body("checkRegistrationsPerHour", equalTo(3))
                .extract()
                .path("key");
        JsonPath first = given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Map.of("text", seizures(2, 3_000), "register", true))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, first.getList("registered").size());
        assertFalse(first.getBoolean("registrationLimitReached"));
        JsonPath second = given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Map.of("text", seizures(3, 5_000), "register", true))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, second.getList("registered").size(), "one left of three this hour");
        assertTrue(second.getBoolean("registrationLimitReached"));
        JsonPath third = given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Map.of("text", seizures(1, 7_000), "register", true))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, third.getList("registered").size());
        assertTrue(third.getBoolean("registrationLimitReached"));
        problem(
                given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                        .contentType(ContentType.JSON)
                        .body(Map.of("owner", Api.unique("Overbudget"), "role", "cms", "checkRegistrationsPerHour", -1))
                        .post("/keys")
                        .then(),
                400,
                "validation");
    }

    /** Registrable sentences, each about something of its own. */
    private static String seizures(int count, int firstAmount) {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < count; i++) {
            article.append("Customs officers in ")
                    .append(Api.uniqueWord("c"))
                    .append(" seized ")
                    .append(firstAmount + i * 413)
                    .append(" kilograms of ")
                    .append(Api.uniqueWord("s"))
                    .append(" at the border on Monday. ");
        }
        return article.toString().strip();
    }

    @Test
    void refusesTooLongTextsAndBadInput() {
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("text", "a".repeat(100_001)))
                        .post("/check")
                        .then(),
                413,
                "payload-too-large");
        problem(given().contentType(ContentType.JSON).body("{}").post("/check").then(), 400, "validation");
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("text", "x", "url", "ftp://x"))
                        .post("/check")
                        .then(),
                400,
                "validation");
    }

    private static JsonPath check(String text, boolean register) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", "https://news.example/drones", "register", register))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
