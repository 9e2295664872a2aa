package io.credence.article;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.assessment.Status;
import io.credence.audit.proof.KeySet;
import io.credence.audit.proof.SignedJson;
import io.credence.support.Api;
import io.credence.support.NoticeReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loop back to the newsroom: an article checked with its url records the claims it relied on;
 * when one of them moves across a band that matters, or its published verdict changes, the article
 * gets a notice and its subscribers an article.review-needed webhook.
 */
@QuarkusTest
class ArticleLoopTest {

    private NoticeReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new NoticeReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aStatusChangeAndANewVerdictReachTheArticlesThatReliedOnTheClaim() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        receiver.url(),
                        "events",
                        List.of("article.review-needed"),
                        "secret",
                        "newsroom-secret-0123456789"))
                .post("/webhooks")
                .then()
                .statusCode(201);
        String marker = Api.uniqueWord("Brakov");
        String text = "The " + marker + " dam on the river was breached by shelling on Monday night";
        String claim = Api.createClaim(text);
        String url = "https://cms.example/" + marker + "/dam";

        // The article restates the claim: the check records it as relied on, at the claim's status then.
        JsonPath checked = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Officials said little. " + text + ". More follows.", "url", url))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String article = checked.getString("articleId");
        given().queryParam("url", url)
                .get("/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo(article))
                .body("claims", hasSize(1))
                .body("claims[0].claimId", equalTo(claim))
                .body("claims[0].statusAtCheck", equalTo("UNVERIFIED"))
                .body("claims[0].changed", equalTo(false))
                .body("changes", hasSize(0));
        given().get("/claims/{id}/articles", claim)
                .then()
                .statusCode(200)
                .body("articleId", equalTo(List.of(article)))
                .body("url", equalTo(List.of(url)));

        // Two independent A-rated reports refute it: the status crosses into the band a newsroom acts on.
        Api.addEvidence(claim, Api.createSource(unique("Dam agency"), "A"), "REFUTES", 1);
        Api.addEvidence(claim, Api.createSource(unique("Dam wire"), "A"), "REFUTES", 1);
        String status = given().get("/claims/{id}", claim).then().extract().path("status");
        assertTrue(StatusBands.ACTED_ON.contains(Status.valueOf(status)), status);

        JsonPath described = given().get("/articles/{id}", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(status, described.getString("claims[0].status"));
        assertTrue(described.getBoolean("claims[0].changed"));
        List<Map<String, Object>> changes = described.getList("changes");
        assertEquals("STATUS", changes.get(changes.size() - 1).get("kind"));
        assertEquals(status, changes.get(changes.size() - 1).get("to"));
        assertTrue(((String) changes.get(0).get("reason")).startsWith("evidence "), changes.toString());

        // The desk publishes its verdict: a second kind of notice.
        Api.publish(claim, 1, "The dam is intact on satellite images of Tuesday");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received().stream()
                                .anyMatch(n ->
                                        n.path("data").path("change").asText().equals("VERDICT"))
                        && receiver.received().stream()
                                        .filter(n -> n.path("data")
                                                .path("change")
                                                .asText()
                                                .equals("STATUS"))
                                        .count()
                                >= changes.size());
        List<JsonNode> forArticle = receiver.received().stream()
                .filter(n -> n.path("data").path("articleId").asText().equals(article))
                .toList();
        assertTrue(forArticle.stream().allMatch(n -> n.path("event").asText().equals("article.review-needed")));
        // Deliveries go out in parallel, so they may arrive in any order: the one that moved it to its status now.
        JsonNode statusNotice = forArticle.stream()
                .filter(n -> n.path("data").path("change").asText().equals("STATUS")
                        && n.path("data").path("to").asText().equals(status))
                .findFirst()
                .orElseThrow();
        assertEquals(claim, statusNotice.path("data").path("claimId").asText());
        assertEquals(url, statusNotice.path("data").path("url").asText());
        assertEquals(
                changes.size(),
                forArticle.stream()
                        .filter(n -> n.path("data").path("change").asText().equals("STATUS"))
                        .count(),
                "one delivery per notice");
        JsonNode verdictNotice = forArticle.stream()
                .filter(n -> n.path("data").path("change").asText().equals("VERDICT"))
                .findFirst()
                .orElseThrow();
        assertEquals("1 False", verdictNotice.path("data").path("to").asText());
        assertEquals(
                "The dam is intact on satellite images of Tuesday",
                verdictNotice.path("data").path("reason").asText());
        // Each notice is signed with the key the desk publishes: a CMS can tell it from a forged one.
        KeySet keys = KeySet.parse(given().get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        for (JsonNode notice : forArticle) {
            SignedJson.Check check = SignedJson.check(notice.path("data"), keys);
            assertTrue(check.valid(), check.refusal());
        }
        ObjectNode forged = verdictNotice.path("data").deepCopy();
        forged.put("to", "5 True");
        assertEquals(false, SignedJson.check(forged, keys).valid());

        // Back in review, the verdict is no longer the desk's published word: a notice with no new verdict.
        given().contentType(ContentType.JSON)
                .header("If-Match", Api.etag(claim))
                .body(Map.of("state", "IN_REVIEW", "reason", "The operator disputes the images"))
                .put("/claims/{id}/workflow", claim)
                .then()
                .statusCode(200);
        Map<String, Object> withdrawn = given()
                .get("/articles/{id}", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("changes")
                .stream()
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("VERDICT", withdrawn.get("kind"));
        assertEquals("1 False", withdrawn.get("from"));
        assertEquals(null, withdrawn.get("to"));
        assertEquals("back in review: The operator disputes the images", withdrawn.get("reason"));
        Api.publish(claim, 1, "The dam is intact on satellite images of Tuesday");

        // Checked again, the article starts afresh: nothing has changed since this check.
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text + ".", "url", url))
                .post("/check")
                .then()
                .statusCode(200)
                .body("articleId", equalTo(article));
        given().get("/articles/{id}", article)
                .then()
                .statusCode(200)
                .body("changes", hasSize(0))
                .body("claims[0].statusAtCheck", equalTo(status))
                .body("claims[0].verdictAtCheck", equalTo("1 False"))
                .body("claims[0].changed", equalTo(false));
    }

    @Test
    void unknownArticlesAndMissingUrlsAreProblems() {
        Api.problem(
                given().queryParam("url", "https://cms.example/never-checked")
                        .get("/articles")
                        .then(),
                404,
                "not-found");
        Api.problem(given().get("/articles").then(), 400, "validation");
        Api.problem(given().get("/articles/{id}", UUID.randomUUID()).then(), 404, "not-found");
    }
}
