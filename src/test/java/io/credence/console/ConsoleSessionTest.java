package io.credence.console;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.credence.hashing.Sha256;
import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RoleKeys.As;
import io.credence.support.RowCounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the console's sign-in promises, over HTTP: the cookie's flags, only hashes kept, every form
 * refused without its CSRF token, the cookie useless on the API, roles as in the API, and a session
 * that ends with its key or on sign-out.
 */
@QuarkusTest
class ConsoleSessionTest {

    /** As browsers send forms; REST Assured's default would add charset=ISO-8859-1, which is refused (415). */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    RowCounts rows;

    @Inject
    EntityManager em;

    /** A signed-in browser: its session cookie, and the token its pages' forms carry. */
    record Session(String cookie, String token) {

        RequestSpecification send() {
            return given().redirects().follow(false).cookie("credence_session", cookie);
        }

        RequestSpecification form() {
            return send().contentType(FORM).formParam("csrf", token);
        }
    }

    @Test
    void signingInSetsAStrictHttpOnlySecureCookieAndKeepsOnlyHashes() {
        String key = key(As.EDITOR);
        Response signedIn = given().redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("key", key)
                .post("/session");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/console");
        var cookie = signedIn.detailedCookie("credence_session");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecured()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.getPath()).isEqualTo("/");
        String sessionToken = cookie.getValue();
        assertThat(sessions("token_hash = '" + Sha256.hex(sessionToken) + "' and key_hash = '" + Sha256.hex(key) + "'"))
                .isEqualTo(1);
        assertThat(sessions("token_hash = '" + sessionToken + "' or key_hash = '" + key + "'"))
                .isZero();
        String page = given().cookie("credence_session", sessionToken)
                .get("/console")
                .body()
                .asString();
        assertThat(sessions("token_hash = '" + Sha256.hex(sessionToken) + "' and csrf_token = '" + token(page) + "'"))
                .isEqualTo(1);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
        Session editor = signIn(key(As.EDITOR));
        Session other = signIn(key(As.EDITOR));
        Map<String, Long> before = rows.snapshot();
        Response missing = editor.send()
                .contentType(FORM)
                .formParam("text", unique("Forged claim"))
                .post("/console/claims");
        Response wrong = editor.send()
                .contentType(FORM)
                .formParam("text", unique("Forged claim"))
                .formParam("csrf", "AAAAAAAAAAAAAAAAAAAAAA")
                .post("/console/claims");
        Response otherSessions = editor.send()
                .contentType(FORM)
                .formParam("text", unique("Forged claim"))
                .formParam("csrf", other.token())
                .post("/console/claims");
        for (Response refused : new Response[] {missing, wrong, otherSessions}) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("text/html");
            assertThat(refused.body().asString()).contains("Nothing was changed");
        }
        assertThat(rows.snapshot()).isEqualTo(before);
        Response accepted =
                editor.form().formParam("text", unique("Claim with its token")).post("/console/claims");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).contains("/console/claim?id=");
    }

    @Test
    void theSessionCookieOpensNoApiOperation() {
        Session editor = signIn(key(As.EDITOR));
        editor.send().header(RoleKeys.ANONYMOUS, "true").get("/claims").then().statusCode(401);
        editor.send()
                .header(RoleKeys.ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(Map.of("text", unique("Through the cookie")))
                .post("/claims")
                .then()
                .statusCode(401);
        // And an API answer never sets a cookie (the CSRF token is made on console pages only).
        assertThat(given().get("/claims").headers().hasHeaderWithName("Set-Cookie"))
                .isFalse();
    }

    @Test
    void anAuditorsSessionIsRefusedEveryChange() {
        String source = Api.createSource(unique("Auditor form source"), "B");
        String claim = Api.createClaim(unique("Auditor form claim"));
        Session auditor = signIn(key(As.AUDITOR));
        assertThat(auditor.send().get("/console/claim?id=" + claim).body().asString())
                .doesNotContain("Add evidence");
        Map<String, Long> before = rows.snapshot();
        Response evidence = auditor.form()
                .formParam("source", "Auditor form source")
                .formParam("stance", "SUPPORTS")
                .formParam("credibility", "2")
                .post("/console/claim/{id}/evidence", claim);
        Response register =
                auditor.form().formParam("text", unique("Auditor claim")).post("/console/claims");
        Response verdict = auditor.form()
                .formParam("version", "0")
                .formParam("rating", "1")
                .formParam("rationale", "No")
                .post("/console/claim/{id}/verdict", claim);
        for (Response refused : new Response[] {evidence, register, verdict}) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body().asString()).contains("auditor key may not do this");
        }
        assertThat(rows.snapshot()).isEqualTo(before);
        assertThat(auditor.send().get("/console/claim/audit?id=" + claim).statusCode())
                .isEqualTo(200);
        assertThat(signIn(key(As.EDITOR))
                        .send()
                        .get("/console/claim/audit?id=" + claim)
                        .statusCode())
                .isEqualTo(403);
        assertThat(source).isNotBlank();
    }

    @Test
    void aCmsKeyAndAnUnknownKeyCannotSignIn() {
        String cms = key(As.CMS);
        Map<String, Long> before = rows.snapshot();
        for (String key : new String[] {cms, "cred_not-a-key-at-all-0123456789abcdef"}) {
            Response refused = given().redirects()
                    .follow(false)
                    .contentType(FORM)
                    .formParam("key", key)
                    .post("/session");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("credence_session="));
        }
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void aSessionEndsWithItsKeyOrOnSignOut() {
        Map<?, ?> issued = given().contentType(ContentType.JSON)
                .body(Map.of("owner", unique("Console revoked editor"), "role", "editor"))
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        Session revoked = signIn((String) issued.get("key"));
        assertThat(revoked.send().get("/console").statusCode()).isEqualTo(200);
        given().post("/keys/{id}/revocation", issued.get("id"))
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
        assertThat(revoked.send().get("/console").header("Location")).endsWith("/session");

        Session signedOut = signIn(key(As.EDITOR));
        Response out = signedOut.form().post("/session/end");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.detailedCookie("credence_session").getMaxAge()).isZero();
        assertThat(signedOut.send().get("/console").header("Location")).endsWith("/session");

        Session deleted = signIn(key(As.EDITOR));
        assertThat(deleted.send().delete("/session").statusCode()).isEqualTo(204);
        assertThat(deleted.send().get("/console").header("Location")).endsWith("/session");
    }

    @Test
    void aStalePageIsAnswered412WithTheClaimAsItIsNowAndNothingPublished() {
        String claim = Api.createClaim(unique("Stale over HTTP"));
        Session editor = signIn(key(As.EDITOR));
        given().contentType(ContentType.JSON)
                .header("If-Match", Api.etag(claim))
                .body(Map.of("state", "IN_REVIEW", "assignee", "Another editor"))
                .put("/claims/{id}/workflow", claim)
                .then()
                .statusCode(200);
        Map<String, Long> before = rows.snapshot();
        Response stale = editor.form()
                .formParam("version", "0")
                .formParam("rating", "2")
                .formParam("rationale", "Typed on an old page")
                .post("/console/claim/{id}/verdict", claim);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("text/html");
        assertThat(stale.body().asString())
                .contains(
                        "someone changed this claim",
                        "you saw version 0",
                        "assigned to Another editor",
                        "Typed on an old page",
                        "name=\"version\" value=\"1\"");
        Response invalid = editor.form()
                .formParam("version", "1")
                .formParam("rating", "9")
                .formParam("rationale", "Out of scale")
                .post("/console/claim/{id}/verdict", claim);
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body().asString()).contains("rating must be less than or equal to 5");
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void aFormFromAnotherOriginIsRefused() {
        Session editor = signIn(key(As.EDITOR));
        Map<String, Long> before = rows.snapshot();
        Response forged = editor.form()
                .header("Origin", "https://evil.example")
                .formParam("text", unique("Cross-site claim"))
                .post("/console/claims");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body().asString()).contains("https://evil.example");
        Response signIn = given().redirects()
                .follow(false)
                .header("Origin", "https://evil.example")
                .contentType(FORM)
                .formParam("key", key(As.EDITOR))
                .post("/session");
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(rows.snapshot()).isEqualTo(before);
        Response own = editor.form()
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("text", unique("Same-origin claim"))
                .post("/console/claims");
        assertThat(own.statusCode()).isEqualTo(303);
    }

    /** A page opened with an id that is not one is a 400 page, not an error. */
    @Test
    void aPageAskedForWithAMalformedIdSaysSoWith400() {
        Session editor = signIn(key(As.EDITOR));
        for (String page : List.of("/console/claim?id=zz", "/console/source?id='", "/console/claim?id=%00")) {
            Response answer = editor.send().get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(400);
            assertThat(answer.contentType()).as(page).startsWith("text/html");
            assertThat(answer.body().asString())
                    .as(page)
                    .contains("is not a valid id")
                    .doesNotContain("Exception");
        }
        Session auditor = signIn(key(As.AUDITOR));
        assertThat(auditor.send().get("/console/claim/audit?id=zz").statusCode())
                .isEqualTo(400);
    }

    /**
     * A service's refusal on any page is a page saying so, with the refusal's status; the same refusal
     * through the API stays problem+json (one mapping decides by who asked).
     */
    @Test
    void aRefusalOnAnyPageIsAPageAndTheApiKeepsProblemJson() {
        String unknown = UUID.randomUUID().toString();
        Session editor = signIn(key(As.EDITOR));
        Session auditor = signIn(key(As.AUDITOR));
        Map<Session, String> pages =
                Map.of(editor, "/console/claim?id=" + unknown, auditor, "/console/claim/audit?id=" + unknown);
        pages.forEach((session, page) -> {
            Response answer = session.send().get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.contentType()).as(page).startsWith("text/html");
            assertThat(answer.body().asString())
                    .as(page)
                    .contains("Resource not found")
                    .doesNotContain("Exception");
        });
        given().get("/claims/{id}", unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Resource not found"));
    }

    /**
     * With a public base URL configured, the console's origin is that URL's; a Host
     * forged to match a forged Origin is refused, and the sign-in redirect names the configured base.
     */
    @Test
    void aForgedHostCannotVouchForAForgedOrigin() {
        Map<String, Long> before = rows.snapshot();
        Response forged = given().redirects()
                .follow(false)
                .header("Host", "evil.example")
                .header("Origin", "http://evil.example")
                .contentType(FORM)
                .formParam("key", key(As.EDITOR))
                .post("/session");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(rows.snapshot()).isEqualTo(before);
        Response signedIn = given().redirects()
                .follow(false)
                .header("Host", "evil.example")
                .contentType(FORM)
                .formParam("key", key(As.EDITOR))
                .post("/session");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("http://localhost:" + RestAssured.port + "/console");
    }

    @Test
    void pagesAllowNoScriptNoFramingAndNoCaching() {
        Session editor = signIn(key(As.EDITOR));
        Response page = editor.send().get("/console");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("script-src");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().redirects().follow(false).get("/").header("Location"))
                .endsWith("/console");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String key(As role) {
        return RoleKeys.bearer(role).substring("Bearer ".length());
    }

    static Session signIn(String key) {
        Response signedIn = given().redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("key", key)
                .post("/session");
        assertThat(signedIn.statusCode()).as("sign-in").isEqualTo(303);
        String cookie = signedIn.cookie("credence_session");
        String page = given().cookie("credence_session", cookie)
                .get("/console")
                .body()
                .asString();
        return new Session(cookie, token(page));
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private long sessions(String where) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from console_session where " + where)
                                .getSingleResult())
                        .longValue());
    }
}
