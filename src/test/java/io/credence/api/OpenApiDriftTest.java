package io.credence.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Documents are compared as trees: the build and the running service write keys in different orders.
 * The committed spec in openapi/ must be the one the service serves. When this fails, regenerate it
 * with {@code ./mvnw package -DskipTests} (the build writes openapi/) and commit the result.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final Path COMMITTED = Path.of("openapi");
    private static final String HOW_TO_FIX = "run ./mvnw package -DskipTests and commit openapi/";

    @Test
    void committedJsonSpecMatchesTheServedOne() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(
                given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode committed = json.readTree(Files.readString(COMMITTED.resolve("openapi.json")));
        if (!committed.equals(served)) {
            Files.writeString(Path.of("target/openapi-served.json"), served.toPrettyString());
            fail("openapi/openapi.json differs from the served spec (written to target/openapi-served.json): "
                    + HOW_TO_FIX);
        }
    }

    @Test
    void committedYamlSpecMatchesTheServedOne() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        String served = given().queryParam("format", "yaml").get("/q/openapi").asString();
        JsonNode committed = yaml.readTree(Files.readString(COMMITTED.resolve("openapi.yaml")));
        if (!committed.equals(yaml.readTree(served))) {
            Files.writeString(Path.of("target/openapi-served.yaml"), served);
            fail("openapi/openapi.yaml differs from the served spec (written to target/openapi-served.yaml): "
                    + HOW_TO_FIX);
        }
    }
}
