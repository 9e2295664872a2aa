package io.credence.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every test request an API key of a role the operation allows, unless the test chose one:
 * tests that are not about access need not repeat keys. A request with the header
 * {@value #ANONYMOUS} is sent with no key at all. Registered for every test class through
 * META-INF/services, as a Quarkus test callback and as a JUnit extension (auto-detection).
 */
public class RoleKeys implements Filter, BeforeAllCallback, QuarkusTestBeforeClassCallback {

    public static final String ANONYMOUS = "X-Test-Anonymous";
    public static final String BOOTSTRAP_ADMIN_KEY = "test-admin-key-0123456789abcdefghij";

    public enum As {
        ADMIN,
        EDITOR,
        CMS,
        AUDITOR
    }

    private static final Map<As, String> KEYS = new EnumMap<>(As.class);
    private static volatile boolean installed;

    /** For @QuarkusTest classes, which run in Quarkus's class loader with their own REST Assured. */
    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    /** For the others (@QuarkusIntegrationTest), in JUnit's class loader. */
    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    private static void install() {
        if (!installed) {
            synchronized (RoleKeys.class) {
                if (!installed) {
                    RestAssured.filters(new RoleKeys());
                    installed = true;
                }
            }
        }
    }

    /** The bearer header value of a key with that role, issued once per test run. */
    public static synchronized String bearer(As role) {
        if (role == As.ADMIN) {
            return "Bearer " + BOOTSTRAP_ADMIN_KEY;
        }
        return "Bearer " + KEYS.computeIfAbsent(role, RoleKeys::issue);
    }

    /**
     * The owner a role's key is issued to: "test editor" and so on, as the suite's assertions name
     * them. Owner names are issued once per database, so a later run on the same database (the
     * packaged-jar tests after the suite, on PostgreSQL) is another party and takes a name of its own.
     */
    public static String owner(As role) {
        return "test " + role.name().toLowerCase(Locale.ROOT);
    }

    private static String issue(As role) {
        for (String owner : List.of(
                owner(role), owner(role) + " (run " + ProcessHandle.current().pid() + "-" + System.nanoTime() + ")")) {
            var response = given().header("Authorization", "Bearer " + BOOTSTRAP_ADMIN_KEY)
                    .contentType(ContentType.JSON)
                    .body(Map.of("owner", owner, "role", role.name().toLowerCase(Locale.ROOT)))
                    .post("/keys");
            if (response.statusCode() == 201) {
                return response.path("key");
            }
            if (response.statusCode() != 409) {
                throw new IllegalStateException(
                        "cannot issue a test key: " + response.statusCode() + " " + response.asString());
            }
        }
        throw new IllegalStateException("cannot issue a test key for " + role);
    }

    /** The console signs in with a session cookie, never a key per request. */
    private static boolean consolePage(String path) {
        return path.equals("/console")
                || path.startsWith("/console/")
                || path.equals("/session")
                || path.startsWith("/session/");
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        String path = request.getURI().replaceFirst("^https?://[^/]+", "");
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")
                && !path.startsWith("/q/")
                && !consolePage(path)) {
            request.header("Authorization", bearer(roleFor(request.getMethod(), path)));
        }
        return context.next(request, response);
    }

    /** A role the operation allows: admin for keys, webhooks, source changes, checkpoints and organisation links, auditor for reads and audit, editor for the rest. */
    public static As roleFor(String method, String path) {
        if (path.startsWith("/keys")
                || path.startsWith("/webhooks")
                || (path.startsWith("/sources") && !method.equals("GET"))
                || (path.startsWith("/audit/checkpoints") && method.equals("POST"))
                || (path.startsWith("/claim-reviews/organisations") && !method.equals("GET"))) {
            return As.ADMIN;
        }
        if (method.equals("GET") || path.startsWith("/audit")) {
            return As.AUDITOR;
        }
        return As.EDITOR;
    }
}
