package io.credence.webhook;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.support.Api;
import io.credence.support.NoticeReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a webhook receives is what the OpenAPI description publishes under {@code webhooks}: a
 * subscriber to every event drives each of them once, and every body that arrives has exactly the
 * members of the notice's schema, and its data exactly the members of its event's data schema.
 */
@QuarkusTest
class WebhookSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void everyEventSentHasThePublishedSchema() throws IOException {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        receiver.url(),
                        "events",
                        Arrays.stream(EventType.values())
                                .map(EventType::wireName)
                                .toList(),
                        "secret",
                        "schema-secret-0123456789"))
                .post("/webhooks")
                .then()
                .statusCode(201);

        // Each event once: a claim an article relies on, refuted, decided, sent back to review; a checkpoint.
        String marker = Api.uniqueWord("Velsk");
        String text = "The " + marker + " bridge was closed to traffic by the regional authority on Friday";
        String claim = Api.createClaim(text);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text + ".", "url", "https://cms.example/" + marker))
                .post("/check")
                .then()
                .statusCode(200);
        Api.addEvidence(claim, Api.createSource(unique("Bridge agency"), "A"), "REFUTES", 1);
        Api.addEvidence(claim, Api.createSource(unique("Bridge wire"), "A"), "REFUTES", 1);
        Api.publish(claim, 1, "The bridge was open all weekend");
        given().contentType(ContentType.JSON)
                .header("If-Match", Api.etag(claim))
                .body(Map.of("state", "IN_REVIEW", "reason", "A reader sent photographs"))
                .put("/claims/{id}/workflow", claim)
                .then()
                .statusCode(200);
        given().post("/audit/checkpoints").then().statusCode(201);

        Set<String> everyEvent =
                Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.toSet());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> receiver.received().stream()
                        .map(n -> n.path("event").asText())
                        .collect(Collectors.toSet())
                        .containsAll(everyEvent));

        JsonNode api = JSON.readTree(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode schemas = api.path("components").path("schemas");
        assertEquals(everyEvent, names(api.path("webhooks")), "one webhook per event, no other");
        for (JsonNode notice : receiver.received()) {
            String event = notice.path("event").asText();
            JsonNode body = api.path("webhooks")
                    .path(event)
                    .path("post")
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("allOf");
            assertEquals(
                    names(schemas.path(refName(body.get(0))).path("properties")),
                    names(notice),
                    event + ": the notice's members");
            JsonNode data = schemas.path(refName(body.get(1).path("properties").path("data")));
            assertFalse(data.isMissingNode(), event + ": its data schema is published");
            assertEquals(names(data.path("properties")), names(notice.path("data")), event + ": the data's members");
        }
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
