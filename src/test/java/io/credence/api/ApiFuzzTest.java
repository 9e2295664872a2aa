package io.credence.api;

import static io.credence.support.Api.addEvidence;
import static io.credence.support.Api.createClaim;
import static io.credence.support.Api.createSource;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RowCounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed requests generated from the served OpenAPI description, against every
 * operation: wrong types, missing and unknown fields, huge strings, deep nesting, invalid UTF-8,
 * injection strings, path traversal in ids, duplicate keys, bad paging and unknown parameters.
 * Whatever the answer, it is never a 5xx or a stack trace; every refusal is problem+json whose status
 * matches the response's, and a refused request leaves the database as it was.
 *
 * <p>Headers stay within the HTTP layer's limits: beyond them (about 8 KiB of headers, 4 KiB of
 * request line) Vert.x refuses the request with a bare 431 or 414 before any application code runs.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HUGE = "x".repeat(200_000);

    /** Values of the wrong type, or hostile, for any field or parameter. */
    private static final List<JsonNode> HOSTILE_VALUES = List.of(
            JSON.numberNode(-1),
            JSON.numberNode(new BigDecimal("1e400")),
            JSON.textNode(""),
            JSON.textNode("not-a-uuid"),
            JSON.booleanNode(true),
            JSON.nullNode(),
            JSON.objectNode(),
            JSON.arrayNode().add(1).add("two"),
            JSON.textNode(HUGE),
            JSON.textNode("'; DROP TABLE claim; --"),
            JSON.textNode("\" OR \"1\"=\"1"),
            JSON.textNode("<script>alert(document.cookie)</script>"),
            JSON.textNode("../../../../etc/passwd"),
            JSON.textNode("\u0000\u202e\uD83D\uDE00"),
            JSON.textNode("${jndi:ldap://127.0.0.1/a}"),
            // instants no database column holds
            JSON.textNode("+10000-01-01T00:00:00Z"),
            JSON.textNode("-0001-01-01T00:00:00Z"),
            // the audit hash's field separator and other control characters (unpaired surrogates cannot
            // be built here, the generator would not write them: ControlCharactersTest sends them escaped)
            JSON.textNode("reason\u001f{\"forged\":1}"),
            JSON.textNode("\u0007\u001b[31m"));

    private static final List<String> HOSTILE_PARAMETERS = List.of(
            "-1",
            "0",
            "abc",
            "99999999999999999999",
            "1e3",
            "",
            "' OR '1'='1",
            "<script>",
            "%00",
            "..%2F..%2Fetc",
            "2026-13-45T99:99:99Z",
            "x".repeat(5_000),
            "%C3%28",
            "true",
            "null",
            "-2147483649",
            "2147483647",
            "1.5",
            "[]",
            "{}",
            "%FF%FE",
            "a,b",
            "%0d%0aSet-Cookie:%20x=1");

    private static final List<String> HOSTILE_IDS = List.of(
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "..;",
            "'%20OR%201=1%20--",
            "%3Cscript%3E",
            "x".repeat(3_000),
            "%C3%28",
            "%00",
            "-1",
            "3b241101-e2bb-4255-8caf-4136c566a96");

    @Inject
    RowCounts rows;

    @TestHTTPResource("/")
    URI base;

    // Plain HTTP, so that every byte goes out as generated: no client-side encoding or JSON handling.
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> failures = new ArrayList<>();
    private JsonNode spec;
    private Map<String, String> realIds;
    private int sent;

    @Test
    void noHostileRequestGetsA5xxOrChangesTheDatabase() throws Exception {
        spec = MAPPER.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        String source = createSource("Fuzz outlet", "B");
        String claim = createClaim("Fuzzing found 12 tons of gold in the vault");
        for (RoleKeys.As role : RoleKeys.As.values()) {
            RoleKeys.bearer(role); // issued now, so that no key is issued between two snapshots
        }
        realIds = Map.of("source", source, "claim", claim, "evidence", addEvidence(claim, source, "SUPPORTS", 2));

        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                fuzz(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue());
            }
            // Methods the path does not take.
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
                if (!path.getValue().has(method.toLowerCase(Locale.ROOT))) {
                    sendJson(method, withRealIds(path.getKey()), "{}");
                }
            }
        }
        assertTrue(sent > 2_000, "thousands of requests, not " + sent);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + sent + " requests broke a promise:\n"
                        + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
    }

    private void fuzz(String method, String template, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String path = withRealIds(template);
        JsonNode bodySchema = operation.at("/requestBody/content/application~1json/schema");
        String body = bodySchema.isMissingNode() ? null : MAPPER.writeValueAsString(valid(bodySchema));
        if (body == null
                && operation.at("/requestBody/content/application~1ld+json").isObject()) {
            body = claimReview(); // a feed: its schema says only "object", so the fuzz starts from a real review
        }

        // Ids: each path parameter in turn replaced by something that is not one of ours.
        for (JsonNode p : parameters) {
            if (p.get("in").asText().equals("path")) {
                for (String id : HOSTILE_IDS) {
                    String raw = template.replace("{" + p.get("name").asText() + "}", id);
                    send(method, withRealIds(raw), body, "application/json", null);
                }
            }
        }
        // Query parameters: every declared one with every hostile value, plus unknown and bad paging.
        for (JsonNode p : parameters) {
            if (p.get("in").asText().equals("query")) {
                for (String value : HOSTILE_PARAMETERS) {
                    send(
                            method,
                            path + "?" + p.get("name").asText() + "=" + asQueryValue(value),
                            body,
                            "application/json",
                            null);
                }
            }
        }
        send(method, path + "?unknown=1&page=-1&size=0", body, "application/json", null);
        for (String accept : List.of("application/xml", "text/html", "image/png;q=1, */*;q=0")) {
            send(method, path, body, "application/json", null, accept);
        }
        send(method, path + "?size=100000", body, "application/json", null);
        send(method, path + "?q=" + "a".repeat(9_000), body, "application/json", null); // a request target over 8,192
        // Preconditions: malformed If-Match values.
        for (String etag : List.of(
                "garbage",
                "\"-1\"",
                "\"99999999999999999999\"",
                "W/\"0\"",
                "*",
                "\"" + HUGE.substring(0, 2_000) + "\"")) {
            send(method, path, body, "application/json", etag);
        }
        if (body != null) {
            fuzzBody(method, path, (ObjectNode) MAPPER.readTree(body));
        }
    }

    private void fuzzBody(String method, String path, ObjectNode valid) throws Exception {
        for (Iterator<String> names = valid.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            ObjectNode missing = valid.deepCopy();
            missing.remove(field);
            sendJson(method, path, missing.toString());
            for (JsonNode value : HOSTILE_VALUES) {
                ObjectNode changed = valid.deepCopy();
                changed.set(field, value);
                sendJson(method, path, changed.toString());
            }
            // The same key twice, the second of another type.
            String json = valid.toString();
            sendJson(method, path, json.substring(0, json.length() - 1) + ",\"" + field + "\":[]}");
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unknownField", 1);
        sendJson(method, path, unknown.toString());
        // Content after the JSON value: a second object, garbage, a stray bracket.
        String whole = valid.toString();
        for (String trailing : List.of(" " + whole, "garbage", "]", "\n{\"text\":1}")) {
            sendJson(method, path, whole + trailing);
        }
        for (String raw : List.of(
                "",
                "null",
                "[]",
                "42",
                "\"text\"",
                "{",
                "{\"a\":",
                "{}}",
                "{'single':'quotes'}",
                "[".repeat(100_000) + "]".repeat(100_000),
                "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000))) {
            sendJson(method, path, raw);
        }
        // Invalid UTF-8 inside a string value.
        byte[] start = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + invalid.length + end.length];
        System.arraycopy(start, 0, bytes, 0, start.length);
        System.arraycopy(invalid, 0, bytes, start.length, invalid.length);
        System.arraycopy(end, 0, bytes, start.length + invalid.length, end.length);
        send(method, path, bytes, "application/json", null);
        // Overlong forms and an encoded surrogate inside each string value: text Jackson would read as
        // something else than a byte filter sees.
        for (Iterator<Map.Entry<String, JsonNode>> fields = valid.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual()) {
                for (byte[] malformed : new byte[][] {
                    {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xE0, (byte) 0x80, (byte) 0xBC},
                    {(byte) 0xC0, (byte) 0x80},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
                }) {
                    ObjectNode marked = valid.deepCopy();
                    marked.put(field.getKey(), field.getValue().asText() + "\uE000");
                    send(
                            method,
                            path,
                            replace(
                                    marked.toString().getBytes(StandardCharsets.UTF_8),
                                    "\uE000".getBytes(StandardCharsets.UTF_8),
                                    malformed),
                            "application/json",
                            null);
                }
            }
        }
        // Larger than the 1 MiB limit, and the right JSON under the wrong media type.
        sendJson(method, path, "{\"text\":\"" + "y".repeat(1_100_000) + "\"}");
        send(method, path, valid.toString(), "text/plain", null);
        send(method, path, "<claim><text>x</text></claim>", "application/xml", null);
        // The right JSON without a Content-Type, or declared and encoded in another charset.
        send(method, path, valid.toString(), null, null);
        send(
                method,
                path,
                valid.toString().getBytes(StandardCharsets.UTF_16),
                "application/json; charset=UTF-16",
                null);
    }

    /** A ClaimReview the import takes, of a claim of its own. */
    private static String claimReview() {
        String word = Api.uniqueWord("Fuzzreview");
        return "{\"@type\":\"ClaimReview\",\"url\":\"https://fuzz.example/" + word + "\",\"claimReviewed\":\"The "
                + word + " guild counted 7 quixels\",\"author\":{\"name\":\"Fuzz Checkers\"},"
                + "\"reviewRating\":{\"ratingValue\":1,\"alternateName\":\"False\"}}";
    }

    /**
     * The import's own body rules: its bounds (64 levels, 100,000 characters a string) and a key
     * twice refused as 400 problem+json with nothing written, never a 500; a feed that breaks a rule after
     * good reviews keeps them and says where it stopped.
     */
    @Test
    void theImportRefusesDeepHugeAndAmbiguousFeedsAsBadInput() throws Exception {
        String editor = RoleKeys.bearer(RoleKeys.As.EDITOR); // issued before any snapshot: issuing writes a row
        String review = claimReview();
        String inside = review.substring(0, review.length() - 1);
        List<String> refused = List.of(
                "[".repeat(100_000) + "]".repeat(100_000),
                "[" + "{\"a\":".repeat(70) + "1" + "}".repeat(70) + "]",
                inside + ",\"itemReviewed\":" + "{\"x\":".repeat(70) + "1" + "}".repeat(70) + "}",
                inside + ",\"headline\":\"" + "x".repeat(2_000_000) + "\"}",
                inside + ",\"claimReviewed\":\"The same review says something else\"}",
                inside + ",\"author\":{\"name\":\"One\",\"name\":\"Another\"}}",
                "[" + inside + ",\"url\":\"https://fuzz.example/other\"}]");
        for (String feed : refused) {
            Map<String, Long> before = rows.snapshot();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve("/claim-reviews/import"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", editor)
                            .header("Content-Type", "application/ld+json")
                            .POST(HttpRequest.BodyPublishers.ofString(feed))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String what = abbreviate(feed) + " -> " + response.statusCode() + " " + abbreviate(response.body());
            Assertions.assertEquals(400, response.statusCode(), what);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE), what);
            assertTrue(isProblemFor(400, response.body()) && response.body().contains("malformed-body"), what);
            assertTrue(!response.body().contains("Exception"), what);
            Assertions.assertEquals(before, rows.snapshot(), what);
        }
        // A good review, then one with a key twice: the first is imported, the feed stops at the second.
        String good = claimReview();
        String second = claimReview();
        String feed =
                "[" + good + ", " + second.substring(0, second.length() - 1) + ",\"url\":\"https://fuzz.example/x\"}]";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("/claim-reviews/import"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", editor)
                        .header("Content-Type", "application/ld+json")
                        .POST(HttpRequest.BodyPublishers.ofString(feed))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(200, response.statusCode(), response.body());
        JsonNode report = MAPPER.readTree(response.body());
        Assertions.assertEquals(1, report.get("claimsRegistered").asInt(), response.body());
        Assertions.assertFalse(report.get("complete").asBoolean(), response.body());
        assertTrue(report.get("stoppedBecause").asText().contains("Duplicate field 'url'"), response.body());
    }

    /** The bytes with the first occurrence of a marker replaced. */
    private static byte[] replace(byte[] bytes, byte[] marker, byte[] with) {
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, i);
                out.writeBytes(with);
                out.write(bytes, i + marker.length, bytes.length - i - marker.length);
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("no marker");
    }

    private void sendJson(String method, String path, String json) {
        send(method, path, json, "application/json", null);
    }

    private void send(String method, String path, String body, String contentType, String ifMatch) {
        send(method, path, body, contentType, ifMatch, null);
    }

    private void send(String method, String path, String body, String contentType, String ifMatch, String accept) {
        send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, ifMatch, accept);
    }

    private void send(String method, String path, byte[] body, String contentType, String ifMatch) {
        send(method, path, body, contentType, ifMatch, null);
    }

    /** Sends one request and records every promise it breaks. */
    private void send(String method, String path, byte[] body, String contentType, String ifMatch, String accept) {
        Map<String, Long> before = rows.snapshot();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", RoleKeys.bearer(RoleKeys.roleFor(method, path)))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The server may close the connection on an oversized body before the client has sent it all.
            if (body != null && body.length > 1_048_576) {
                sent++;
                return;
            }
            failures.add(method + " " + abbreviate(path) + ": no answer: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent++;
        int status = response.statusCode();
        String responseBody = response.body();
        String what = method + " " + abbreviate(path) + " -> " + status + ": ";
        if (status >= 500) {
            failures.add(what + abbreviate(responseBody));
        }
        if (responseBody.contains("Exception") || responseBody.contains("\tat ") || responseBody.contains(".java:")) {
            failures.add(what + "stack trace in the body " + abbreviate(responseBody));
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(Problem.MEDIA_TYPE)) {
                failures.add(what + "content type " + type);
            } else if (!isProblemFor(status, responseBody)) {
                failures.add(what + "problem without its status and type " + abbreviate(responseBody));
            }
            Map<String, Long> after = rows.snapshot();
            if (!after.equals(before)) {
                failures.add(what + "refused, yet the database changed: " + before + " -> " + after);
            }
        }
    }

    private static boolean isProblemFor(int status, String body) {
        try {
            JsonNode problem = MAPPER.readTree(body);
            return problem.path("status").asInt() == status
                    && problem.path("type").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    private String withRealIds(String path) {
        String kind = path.startsWith("/sources") ? "source" : "claim";
        return path.replace("{claimId}", realIds.get("claim"))
                .replace("{evidenceId}", realIds.get("evidence"))
                .replace("{sequence}", "1")
                .replace(
                        "{id}",
                        path.startsWith("/keys") || path.startsWith("/webhooks")
                                ? "00000000-0000-0000-0000-000000000001"
                                : realIds.get(kind));
    }

    /** A value the schema accepts, from its examples where it has them. */
    private JsonNode valid(JsonNode schema) {
        if (schema.has("$ref")) {
            return valid(spec.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.has("allOf")) {
            return valid(schema.get("allOf").get(0));
        }
        if (schema.has("examples")
                && schema.get("examples").isArray()
                && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" ->
                JSON.textNode("uuid".equals(schema.path("format").asText()) ? realIds.get("source") : "Fuzz value");
            case "integer" -> JSON.numberNode(schema.path("minimum").asInt(1));
            case "number" -> JSON.numberNode(0.5);
            case "boolean" -> JSON.booleanNode(false);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(valid(schema.path("items")));
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                // Texts of their own: the examples' claims about gold and drones, registered by every
                // accepted mutation, would crowd the matches other tests look for.
                schema.path("properties")
                        .fields()
                        .forEachRemaining(p -> object.set(
                                p.getKey(),
                                p.getKey().equals("text")
                                        ? JSON.textNode("The " + Api.uniqueWord("Zorb") + " guild counted 7 quixels")
                                        : valid(p.getValue())));
                yield object;
            }
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    /** Percent sequences are sent as they are (to reach the server raw); anything else is encoded. */
    private static String asQueryValue(String value) {
        return value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
