package io.credence.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI may not be framed by another site, nor load script from one. */
@QuarkusTest
class ApiDocsHeadersTest {

    @Test
    void swaggerUiIsServedWithAPolicyAndNoFraming() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }
}
