package io.credence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a new user does first, through HTTP only, so that {@link RegistrationJourneyIT} can run the
 * same journey against the packaged service.
 */
@QuarkusTest
class RegistrationJourneyTest {

    private static final String CLAIM = "Moscow paid for the drones with at least 1.8 tons of gold bars";

    @Test
    void registersASourceAClaimAndEvidence() {
        String source = Api.createSource(Api.unique("Journey wire"), "B");
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("text", CLAIM, "claimant", "Unnamed official", "tags", new String[] {"drones"}))
                .post("/claims")
                .then()
                .statusCode(201)
                .body("status", equalTo("UNVERIFIED"))
                .extract()
                .path("id");
        String item = Api.addEvidence(claim, source, "SUPPORTS", 2);

        given().get("/claims/{id}/evidence", claim)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(item));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Duplicate of another item"))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                .then()
                .statusCode(200)
                .body("withdrawn", equalTo(true));
        given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("text", equalTo(CLAIM));
    }

    @Test
    void operationalEndpointsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Credence API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
