package io.credence.webhook;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DELETE /webhooks/{id} ends a subscription: nothing more is queued or sent for it. */
@QuarkusTest
class WebhookRemovalTest {

    @Test
    void aRemovedWebhookGetsNothingMoreAndStaysOnRecord() {
        // a port nothing listens on: deliveries fail and stay pending for their retries
        String webhook = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/removed",
                        "events",
                        List.of("claim.registered"),
                        "secret",
                        "removal-secret-0123456789"))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.createClaim(unique("Before removal"));
        given().get("/webhooks/{id}/deliveries", webhook).then().statusCode(200).body("items.size()", equalTo(1));

        given().delete("/webhooks/{id}", webhook).then().statusCode(204);
        Api.createClaim(unique("After removal"));
        given().get("/webhooks/{id}/deliveries", webhook)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("FAILED"));
        given().get("/webhooks")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + webhook + "' }.removedAt", notNullValue())
                .body("find { it.id == '" + webhook + "' }.removedBy", equalTo("bootstrap-admin"));

        given().delete("/webhooks/{id}", webhook).then().statusCode(204);
        problem(
                given().delete("/webhooks/{id}", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                        .then(),
                404,
                "not-found");
    }
}
