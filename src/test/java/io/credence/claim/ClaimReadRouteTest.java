package io.credence.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plain read of a claim is answered by {@link ClaimReadRoute} with the bytes and headers the resource
 * gives; every other read is handed on, and the resource's answer is what the client gets.
 */
@QuarkusTest
class ClaimReadRouteTest {

    @Inject
    ClaimReadRoute route;

    @Test
    void thePlainReadIsTheRoutesAndTheSameAsTheResources() {
        String id = Api.createClaim(Api.unique("Moscow paid for the drones with 1.8 tons of gold <b>bars</b>"));

        long before = route.answered();
        Response plain = given().get("/claims/" + id);
        assertEquals(before + 1, route.answered(), "the route answered the plain read");

        // An Accept the route does not read goes on to the resource, which answers it with JSON as well.
        Response resource =
                given().header("Accept", "application/json, text/plain;q=0.5").get("/claims/" + id);
        assertEquals(before + 1, route.answered(), "the resource answered the read with a list in Accept");

        assertEquals(200, plain.statusCode());
        assertEquals(resource.statusCode(), plain.statusCode());
        assertArrayEquals(resource.asByteArray(), plain.asByteArray());
        assertEquals(resource.header("Content-Type"), plain.header("Content-Type"));
        assertEquals(resource.header("ETag"), plain.header("ETag"));
        assertEquals(resource.header("Content-Length"), plain.header("Content-Length"));
        assertEquals(headerNames(resource), headerNames(plain), "the same headers, whoever answers");
        assertEquals(Api.etag(id), plain.header("ETag"));
        plain.then().body(containsString("\\u003Cb\\u003E")); // the service's escapes still apply
    }

    @Test
    void everyOtherReadIsTheResourcesAnswer() {
        String id = Api.createClaim(Api.unique("The central bank published its reserves on Monday"));
        String etag = Api.etag(id);
        long before = route.answered();

        given().header(RoleKeys.ANONYMOUS, "true")
                .get("/claims/" + id)
                .then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON);
        given().header("Authorization", "Bearer not-a-key-of-this-service-0123456789")
                .get("/claims/" + id)
                .then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON);
        given().get("/claims/" + UUID.randomUUID()).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        given().header("If-None-Match", etag).get("/claims/" + id).then().statusCode(304);
        given().header("If-Match", "\"999\"")
                .get("/claims/" + id)
                .then()
                .statusCode(412)
                .contentType(Api.PROBLEM_JSON);
        given().queryParam("asOf", "2000-01-01T00:00:00Z")
                .get("/claims/" + id)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON);

        assertEquals(before, route.answered(), "none of these was the route's");
    }

    @Test
    void onlyACanonicalIdIsAPlainRead() {
        String id = UUID.randomUUID().toString();
        assertEquals(UUID.fromString(id), ClaimReadRoute.idOf("/claims/" + id));
        assertEquals(UUID.fromString(id), ClaimReadRoute.idOf("/claims/" + id.toUpperCase(Locale.ROOT)));
        assertNull(ClaimReadRoute.idOf("/claims/1-2-3-4-5"));
        assertNull(ClaimReadRoute.idOf("/claims/" + id.replace('-', 'x')));
        assertNull(ClaimReadRoute.idOf("/claims/" + id + "/"));
        assertNull(ClaimReadRoute.idOf("/claimz/" + id));
    }

    @Test
    void theReadKeepsItsNameInTheHttpMetrics() {
        String id = Api.createClaim(Api.unique("Three cargo flights left Tehran in October"));
        long before = route.answered();
        given().get("/claims/" + id).then().statusCode(200);
        assertEquals(before + 1, route.answered());
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/claims/{id}\""))
                .body(not(containsString("uri=\"/claims/" + id)));
    }

    private static Set<String> headerNames(Response response) {
        return response.headers().asList().stream()
                .map(header -> header.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
