package io.credence.access;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hardening headers: a new key is never cached, and no answer may be sniffed into markup. */
@QuarkusTest
class KeyHeadersTest {

    @Test
    void anIssuedKeyIsNeverStoredByCachesAndNoAnswerIsSniffed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("owner", unique("Headers"), "role", "auditor"))
                .post("/keys")
                .then()
                .statusCode(201)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/claims").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/claims/{id}", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                .then()
                .statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
