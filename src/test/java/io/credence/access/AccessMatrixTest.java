package io.credence.access;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RoleKeys.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every operation, called with no key and with a key of each role: exactly 2xx, 401 or 403. */
@QuarkusTest
class AccessMatrixTest {

    private static final Set<As> EVERYONE = EnumSet.allOf(As.class);

    /** One operation: who may call it, and how to call it (fresh data per call where a call uses it up). */
    private record Operation(String name, Set<As> allowed, int answer, Function<RequestSpecification, Integer> call) {

        Operation(String name, Set<As> allowed, Function<RequestSpecification, Integer> call) {
            this(name, allowed, 0, call);
        }

        boolean answeredAsAllowed(int status) {
            return answer == 0 ? status / 100 == 2 : status == answer;
        }
    }

    @Test
    void everyOperationAdmitsExactlyItsRoles() {
        String source = Api.createSource(unique("Matrix source"), "B");
        String claim = Api.createClaim(unique("Matrix claim"));
        String other = Api.createClaim(unique("Matrix other claim"));
        String item = Api.addEvidence(claim, source, "SUPPORTS", 2);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(claim))
                .body(Map.of("rating", 3, "rationale", "Matrix"))
                .put("/claims/{id}/verdict", claim)
                .then()
                .statusCode(200);
        String published = Api.createClaim(unique("Matrix published claim"));
        Api.publish(published, 2, "Matrix");
        String articleUrl = "https://news.example/" + unique("matrix").replace(' ', '-');
        String article = json(given(), Map.of("text", "Matrix article.", "url", articleUrl))
                .post("/check")
                .then()
                .statusCode(200)
                .extract()
                .path("articleId");
        Set<As> auditors = EnumSet.of(As.AUDITOR, As.ADMIN);
        int checkpoint = given().post("/audit/checkpoints")
                .then()
                .statusCode(201)
                .extract()
                .path("sequence");
        String job = Api.rerate(source, "B", "Matrix").getString("id");
        String webhook = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/matrix",
                        "events",
                        List.of("claim.workflow-changed"),
                        "secret",
                        "matrix-secret-0123456789"))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String organisationDomain = unique("matrix").replace(' ', '-').toLowerCase(Locale.ROOT) + ".example";
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "@type",
                        "ClaimReview",
                        "url",
                        "https://" + organisationDomain + "/1",
                        "claimReviewed",
                        unique("Matrix organisation claim"),
                        "author",
                        Map.of("name", "Matrix Organisation")))
                .post("/claim-reviews/import")
                .then()
                .statusCode(200);
        String organisation = given()
                .queryParam("size", 100)
                .get("/claim-reviews/organisations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .stream()
                .filter(o -> organisationDomain.equals(o.get("domain")))
                .map(o -> (String) o.get("id"))
                .findFirst()
                .orElseThrow();
        List<Operation> operations = List.of(
                new Operation(
                        "POST /sources",
                        EnumSet.of(As.ADMIN),
                        spec -> json(spec, Map.of("name", unique("S"), "kind", "OUTLET", "reliability", "C"))
                                .post("/sources")
                                .statusCode()),
                new Operation(
                        "GET /sources", EVERYONE, spec -> spec.get("/sources").statusCode()),
                new Operation(
                        "GET /sources/{id}",
                        EVERYONE,
                        spec -> spec.get("/sources/{id}", source).statusCode()),
                new Operation(
                        "PUT /sources/{id}/reliability",
                        EnumSet.of(As.ADMIN),
                        spec -> json(spec, Map.of("reliability", "B", "rationale", "Review"))
                                .put("/sources/{id}/reliability", source)
                                .statusCode()),
                new Operation(
                        "GET /sources/{id}/reliability-history",
                        EVERYONE,
                        spec -> spec.get("/sources/{id}/reliability-history", source)
                                .statusCode()),
                new Operation(
                        "POST /claims",
                        EnumSet.of(As.EDITOR, As.CMS),
                        spec -> json(spec, Map.of("text", unique("Claim")))
                                .post("/claims")
                                .statusCode()),
                new Operation(
                        "GET /claims", EVERYONE, spec -> spec.get("/claims").statusCode()),
                new Operation(
                        "GET /claims/{id}",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}", claim).statusCode()),
                new Operation(
                        "GET /claims/{id}/assessment",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/assessment", claim).statusCode()),
                new Operation(
                        "POST /claims/{id}/evidence",
                        EnumSet.of(As.EDITOR),
                        spec -> json(spec, Map.of("sourceId", source, "stance", "CONTEXT", "credibility", 3))
                                .post("/claims/{id}/evidence", claim)
                                .statusCode()),
                new Operation(
                        "GET /claims/{id}/evidence",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/evidence", claim).statusCode()),
                new Operation(
                        "GET /claims/{id}/evidence/{evidenceId}",
                        EVERYONE,
                        spec -> spec.get("/claims/{c}/evidence/{e}", claim, item)
                                .statusCode()),
                new Operation(
                        "POST /claims/{id}/evidence/{evidenceId}/withdrawal",
                        EnumSet.of(As.EDITOR),
                        spec -> json(spec, Map.of("reason", "Matrix"))
                                .post(
                                        "/claims/{c}/evidence/{e}/withdrawal",
                                        claim,
                                        Api.addEvidence(claim, source, "REFUTES", 4))
                                .statusCode()),
                new Operation(
                        "PUT /claims/{id}/evidence/{evidenceId}/independence",
                        EnumSet.of(As.EDITOR),
                        spec -> json(spec, Map.of("independent", true, "reason", "Matrix"))
                                .put("/claims/{id}/evidence/{evidenceId}/independence", claim, item)
                                .statusCode()),
                new Operation(
                        "PUT /claims/{id}/verdict",
                        EnumSet.of(As.EDITOR),
                        spec -> json(spec, Map.of("rating", 2, "rationale", "Matrix"))
                                .header("If-Match", etag(claim))
                                .put("/claims/{id}/verdict", claim)
                                .statusCode()),
                new Operation(
                        "GET /claims/{id}/verdict",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/verdict", claim).statusCode()),
                new Operation(
                        "GET /claims/{id}/similar",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/similar", claim).statusCode()),
                new Operation(
                        "PUT /claims/{id}/duplicate-of",
                        EnumSet.of(As.EDITOR),
                        spec -> json(spec, Map.of("canonicalId", claim, "confirmed", false))
                                .header("If-Match", etag(other))
                                .put("/claims/{id}/duplicate-of", other)
                                .statusCode()),
                new Operation(
                        "POST /claims/search",
                        EVERYONE,
                        spec -> json(spec, Map.of("text", "Matrix gold drones", "limit", 3))
                                .post("/claims/search")
                                .statusCode()),
                new Operation(
                        "GET /claims/{id}/claim-review",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/claim-review", published).statusCode()),
                new Operation(
                        "GET /claim-reviews",
                        EVERYONE,
                        spec -> spec.get("/claim-reviews").statusCode()),
                new Operation(
                        "POST /claim-reviews/import",
                        EnumSet.of(As.ADMIN, As.EDITOR),
                        spec -> json(
                                        spec,
                                        Map.of(
                                                "@context",
                                                "https://schema.org",
                                                "@type",
                                                "ClaimReview",
                                                "url",
                                                "https://factcheck.example/"
                                                        + unique("matrix").replace(' ', '-'),
                                                "claimReviewed",
                                                unique("Matrix imported claim"),
                                                "author",
                                                Map.of("name", "Matrix Checkers"),
                                                "reviewRating",
                                                Map.of("ratingValue", 1, "alternateName", "False")))
                                .post("/claim-reviews/import")
                                .statusCode()),
                new Operation(
                        "GET /articles",
                        EVERYONE,
                        spec -> spec.queryParam("url", articleUrl)
                                .get("/articles")
                                .statusCode()),
                new Operation(
                        "GET /articles/{id}",
                        EVERYONE,
                        spec -> spec.get("/articles/{id}", article).statusCode()),
                new Operation(
                        "GET /claims/{id}/articles",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/articles", claim).statusCode()),
                new Operation(
                        "GET /claims/{id}/verdicts",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/verdicts", claim).statusCode()),
                new Operation(
                        "DELETE /claims/{id}/verdict",
                        EVERYONE,
                        405,
                        spec -> spec.delete("/claims/{id}/verdict", claim).statusCode()),
                new Operation(
                        "PUT /claims/{id}/workflow",
                        EnumSet.of(As.EDITOR),
                        spec -> json(spec, Map.of("state", "IN_REVIEW"))
                                .header("If-Match", etag(claim))
                                .put("/claims/{id}/workflow", claim)
                                .statusCode()),
                new Operation(
                        "GET /claims/{id}/history",
                        EVERYONE,
                        spec -> spec.get("/claims/{id}/history", claim).statusCode()),
                new Operation(
                        "GET /jobs",
                        EnumSet.of(As.ADMIN, As.EDITOR, As.AUDITOR),
                        spec -> spec.get("/jobs").statusCode()),
                new Operation(
                        "GET /jobs/{id}",
                        EnumSet.of(As.ADMIN, As.EDITOR, As.AUDITOR),
                        spec -> spec.get("/jobs/{id}", job).statusCode()),
                new Operation("GET /audit", auditors, spec -> spec.get("/audit").statusCode()),
                new Operation(
                        "GET /audit/export",
                        auditors,
                        spec -> spec.queryParam("format", "csv")
                                .queryParam("actor", "nobody")
                                .get("/audit/export")
                                .statusCode()),
                new Operation(
                        "GET /audit/verification",
                        auditors,
                        spec -> spec.get("/audit/verification").statusCode()),
                new Operation(
                        "POST /audit/checkpoints",
                        EnumSet.of(As.ADMIN),
                        spec -> spec.post("/audit/checkpoints").statusCode()),
                new Operation(
                        "GET /claim-reviews/organisations",
                        EVERYONE,
                        spec -> spec.get("/claim-reviews/organisations").statusCode()),
                new Operation(
                        "GET /claim-reviews/organisations/{id}",
                        EVERYONE,
                        spec -> spec.get("/claim-reviews/organisations/{id}", organisation)
                                .statusCode()),
                new Operation(
                        "PUT /claim-reviews/organisations/{id}/source",
                        EnumSet.of(As.ADMIN),
                        spec -> json(spec, Map.of("sourceId", source, "rationale", "Matrix"))
                                .put("/claim-reviews/organisations/{id}/source", organisation)
                                .statusCode()),
                new Operation(
                        "GET /audit/checkpoints",
                        auditors,
                        spec -> spec.get("/audit/checkpoints").statusCode()),
                new Operation(
                        "GET /audit/checkpoints/{sequence}",
                        auditors,
                        spec -> spec.get("/audit/checkpoints/{n}", checkpoint).statusCode()),
                new Operation(
                        "GET /audit/signing-key",
                        auditors,
                        spec -> spec.get("/audit/signing-key").statusCode()),
                new Operation(
                        "POST /webhooks",
                        EnumSet.of(As.ADMIN),
                        spec -> json(
                                        spec,
                                        Map.of(
                                                "url",
                                                "http://127.0.0.1:9/matrix",
                                                "events",
                                                List.of("claim.workflow-changed"),
                                                "secret",
                                                "matrix-secret-0123456789"))
                                .post("/webhooks")
                                .statusCode()),
                new Operation(
                        "GET /webhooks",
                        EnumSet.of(As.ADMIN),
                        spec -> spec.get("/webhooks").statusCode()),
                new Operation(
                        "DELETE /webhooks/{id}",
                        EnumSet.of(As.ADMIN),
                        spec -> spec.delete("/webhooks/{id}", webhook).statusCode()),
                new Operation(
                        "GET /webhooks/{id}/deliveries",
                        EnumSet.of(As.ADMIN),
                        spec -> spec.get("/webhooks/{id}/deliveries", webhook).statusCode()),
                new Operation(
                        "POST /check",
                        EnumSet.of(As.CMS, As.EDITOR),
                        spec -> json(spec, Map.of("text", "Sources say so. Thanks!"))
                                .post("/check")
                                .statusCode()),
                new Operation(
                        "POST /analyze",
                        EnumSet.of(As.CMS, As.EDITOR),
                        spec -> json(spec, Map.of("text", "Sources say so."))
                                .post("/analyze")
                                .statusCode()),
                new Operation(
                        "POST /keys",
                        EnumSet.of(As.ADMIN),
                        spec -> json(spec, Map.of("owner", unique("Matrix"), "role", "auditor"))
                                .post("/keys")
                                .statusCode()),
                new Operation(
                        "GET /keys",
                        EnumSet.of(As.ADMIN),
                        spec -> spec.get("/keys").statusCode()),
                new Operation(
                        "POST /keys/{id}/revocation",
                        EnumSet.of(As.ADMIN),
                        spec -> spec.post("/keys/{id}/revocation", newKeyId()).statusCode()));

        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            int anonymous = operation.call().apply(given().header(RoleKeys.ANONYMOUS, "1"));
            if (anonymous != 401) {
                wrong.add(operation.name() + " with no key: " + anonymous + ", expected 401");
            }
            for (As role : As.values()) {
                int status = operation.call().apply(given().header("Authorization", RoleKeys.bearer(role)));
                boolean allowed = operation.allowed().contains(role);
                if (allowed ? !operation.answeredAsAllowed(status) : status != 403) {
                    wrong.add(operation.name() + " as " + role + ": " + status + ", expected "
                            + (allowed ? (operation.answer() == 0 ? "2xx" : operation.answer()) : "403"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void unknownRevokedAndMalformedKeysAreRefused() {
        problem(
                        given().header("Authorization", "Bearer cred_not-a-key")
                                .get("/claims")
                                .then(),
                        401,
                        "unauthorized")
                .header("WWW-Authenticate", "Bearer");
        problem(
                given().header("Authorization", "Basic dXNlcjpwYXNz")
                        .get("/claims")
                        .then(),
                401,
                "unauthorized");
        problem(given().header(RoleKeys.ANONYMOUS, "1").get("/claims").then(), 401, "unauthorized");

        Map<String, Object> issued = given().contentType(ContentType.JSON)
                .body(Map.of("owner", unique("Short-lived"), "role", "cms"))
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        String key = "Bearer " + issued.get("key");
        given().header("Authorization", key).get("/claims").then().statusCode(200);
        given().post("/keys/{id}/revocation", issued.get("id")).then().statusCode(200);
        problem(given().header("Authorization", key).get("/claims").then(), 401, "unauthorized");
        problem(given().post("/keys/{id}/revocation", issued.get("id")).then(), 409, "conflict");
    }

    @Test
    void keysAreShownOnceAndStoredOnlyAsHashes() {
        String key = given().contentType(ContentType.JSON)
                .body(Map.of("owner", unique("Once"), "role", "auditor"))
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        List<Map<String, Object>> listed =
                given().get("/keys").then().statusCode(200).extract().path("");
        assertEquals(
                List.of(), listed.stream().filter(k -> k.containsKey("key")).toList());
        assertTrue(listed.stream().anyMatch(k -> key.startsWith((String) k.get("prefix"))));
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("owner", "Nobody", "role", "root"))
                        .post("/keys")
                        .then(),
                400,
                "validation");
    }

    @Test
    void operationalEndpointsStayOpen() {
        for (String path : List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().header(RoleKeys.ANONYMOUS, "1").get(path).then().statusCode(200);
        }
    }

    private static RequestSpecification json(RequestSpecification spec, Map<String, ?> body) {
        return spec.contentType(ContentType.JSON).body(body);
    }

    private static String etag(String claim) {
        return given().header("Authorization", RoleKeys.bearer(As.AUDITOR))
                .get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String newKeyId() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("owner", unique("Revocable"), "role", "cms"))
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
