package io.credence.api;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A forged Host header never reaches a link the service writes. */
@QuarkusTest
class PublicBaseUrlTest {

    /** The test profile's base: this service's own address (so that tests can follow Location headers). */
    private static final String BASE = ConfigProvider.getConfig().getValue("credence.public-base-url", String.class);

    @Test
    void locationAndClaimReviewUrlsComeFromTheConfiguredBaseNotTheHostHeader() {
        String location = given().header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("text", unique("Host header")))
                .post("/claims")
                .then()
                .statusCode(201)
                .header("Location", startsWith(BASE + "/claims/"))
                .extract()
                .header("Location");
        String claim = location.substring(location.lastIndexOf('/') + 1);
        Api.publish(claim, 4, "Checked");
        given().header("Host", "evil.example")
                .get("/claims/{id}/claim-review", claim)
                .then()
                .statusCode(200)
                .body("url", startsWith(BASE + "/claims/" + claim));
    }
}
