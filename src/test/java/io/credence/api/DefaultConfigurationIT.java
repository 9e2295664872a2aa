package io.credence.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.PackagedService;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as a desk runs it out of the box, with no public base URL (as the
 * review found the holes): its links then follow the request, so only a loopback Host is served, and a
 * forged one is refused (421) before anything is read or written; and /check's budget of text a key may
 * have checked a minute (set small here, 3,000 characters, so that a test reaches it).
 */
class DefaultConfigurationIT {

    private static final int CHECK_CHARACTERS_PER_MINUTE = 3_000;
    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        Path data = Path.of("target", "default-configuration-it");
        Map<String, String> env = new HashMap<>(Map.of(
                "CREDENCE_CHECK_CHARACTERS_PER_KEY_MINUTE", Integer.toString(CHECK_CHARACTERS_PER_MINUTE),
                "CREDENCE_MATCHING_INDEX_DIR", "",
                "CREDENCE_AUDIT_SIGNING_KEY_FILE",
                        data.resolve("audit-signing.key").toAbsolutePath().toString(),
                "CREDENCE_SECRETS_KEY_FILE",
                        data.resolve("secrets.key").toAbsolutePath().toString()));
        boolean h2 = !"postgresql".equals(System.getProperty("credence.it.db-kind"));
        if (h2) {
            // A database of its own: the keys come from the files, as out of the box (on PostgreSQL it shares the
            // suite's database, and so the suite's keys).
            env.put("CREDENCE_SECRETS_KEY", "");
            env.put("CREDENCE_AUDIT_SIGNING_KEY", "");
        }
        service = PackagedService.start(
                h2
                        ? "jdbc:h2:mem:default-configuration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH"
                        : null,
                data,
                env);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static RequestSpecification as(String key) {
        return given().baseUri(service.base()).header("Authorization", "Bearer " + key);
    }

    @Test
    void aForeignHostIsRefusedBeforeAnythingIsWrittenAndHealthStillAnswers() throws Exception {
        String editor = service.issueKey("editor");
        String word = "Forgedhost" + UUID.randomUUID().toString().substring(0, 8);
        long claims = claimCount(word);
        String port = service.base().substring(service.base().lastIndexOf(':') + 1);
        for (String host :
                new String[] {"evil.example", "evil.example:" + port, "10.0.0.1", "localhost.evil.example"}) {
            as(editor)
                    .header("Host", host)
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", word + " was sold for 3 million"))
                    .post("/claims")
                    .then()
                    .statusCode(421)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:credence:problem:misdirected-request"))
                    .body("detail", containsString("credence.public-base-url"));
        }
        // The console's sign-in, with Host and Origin forged to match, is refused the same way.
        given().baseUri(service.base())
                .redirects()
                .follow(false)
                .header("Host", "evil.example")
                .header("Origin", "http://evil.example")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("key", editor)
                .post("/session")
                .then()
                .statusCode(421);
        assertEquals(claims, claimCount(word), "nothing was written");
        // Probes address an instance by its IP: health answers whatever the Host.
        given().baseUri(service.base())
                .header("Host", "10.1.2.3:8080")
                .get("/q/health/live")
                .then()
                .statusCode(200);
    }

    @Test
    void aLoopbackHostIsServedAndLinksFollowIt() throws Exception {
        String editor = service.issueKey("editor");
        String port = service.base().substring(service.base().lastIndexOf(':') + 1);
        for (String host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port}) {
            as(editor)
                    .header("Host", host)
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", "Loopback " + UUID.randomUUID()))
                    .post("/claims")
                    .then()
                    .statusCode(201)
                    .header("Location", startsWith("http://" + host + "/claims/"));
        }
    }

    @Test
    void aKeyPastItsMinuteOfTextIsRefusedBeforeAnyWorkAndOtherKeysGoOn() throws Exception {
        String cms = service.issueKey("cms");
        String word = "Vantor" + UUID.randomUUID().toString().substring(0, 8);
        String sentence = "The council of " + word + " approved a new budget of 12 million euros for its schools. ";
        String text = sentence.repeat(CHECK_CHARACTERS_PER_MINUTE * 2 / 3 / sentence.length());
        as(cms).contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/check")
                .then()
                .statusCode(200);

        long claims = claimCount(word);
        String retryAfter = as(cms).contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", "https://news.example/budget", "register", true))
                .post("/check")
                .then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:credence:problem:too-many-requests"))
                .body("detail", containsString(CHECK_CHARACTERS_PER_MINUTE + " characters"))
                .extract()
                .header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, retryAfter);
        assertEquals(0, claims);
        assertEquals(0, claimCount(word), "a refused check registers nothing");
        as(cms).get("/articles?url=https://news.example/budget").then().statusCode(404);

        as(service.issueKey("editor"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/check")
                .then()
                .statusCode(200);
    }

    /** Claims whose text holds this word (each test writes words of its own). */
    private static long claimCount(String word) throws Exception {
        return as(PackagedService.ADMIN_KEY)
                .queryParam("q", word)
                .get("/claims")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
