package io.credence.api;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.credence.support.RowCounts;
import io.credence.support.UnconfiguredBaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 32, finding 6: with no public base URL configured, links follow the request, so only a loopback
 * Host is served; a forged Host is refused (421) before anything is read or written, and no link, no
 * published ClaimReview and no console redirect can name it.
 */
@QuarkusTest
@TestProfile(UnconfiguredBaseProfile.class)
class HostHeaderTest {

    @Inject
    RowCounts rows;

    @Test
    void aForeignHostIsRefusedAndNothingIsWritten() {
        Map<String, Long> before = rows.snapshot();
        for (String host : new String[] {"evil.example", "evil.example:" + RestAssured.port, "10.0.0.1", "localhost.evil.example"}) {
            Api.problem(given().header("Host", host).contentType(ContentType.JSON).body(Map.of("text", unique("Forged host")))
                    .post("/claims").then(), 421, "misdirected-request");
            Api.problem(given().header("Host", host).get("/claims").then(), 421, "misdirected-request");
        }
        Api.problem(given().redirects().follow(false).header("Host", "evil.example").header("Origin", "http://evil.example")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("key", "whatever")
                .post("/session").then(), 421, "misdirected-request");
        assertEquals(before, rows.snapshot());
        // Probes address an instance by its IP: health answers whatever the Host.
        given().header("Host", "10.1.2.3:8080").get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aLoopbackHostIsServedAndItsLinksFollowIt() {
        for (String host : new String[] {"localhost:" + RestAssured.port, "127.0.0.1:" + RestAssured.port,
                "[::1]:" + RestAssured.port}) {
            given().header("Host", host).contentType(ContentType.JSON).body(Map.of("text", unique("Loopback host")))
                    .post("/claims").then().statusCode(201).header("Location", startsWith("http://" + host + "/claims/"));
        }
    }
}
