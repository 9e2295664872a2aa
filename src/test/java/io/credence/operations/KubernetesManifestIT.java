package io.credence.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.credence.support.PackagedService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests the build generates (target/kubernetes/kubernetes.yml, quarkus-kubernetes)
 * read as Kubernetes would: two replicas; the keys and the database password only from the Secret,
 * never as literal values; the rest from the ConfigMap; readiness, liveness and a start-up probe long
 * enough for the measured start-up, each answered by the packaged service; resources; no migration
 * Job or init container (instances migrate the schema themselves under Flyway's lock).
 */
class KubernetesManifestIT {

    private static final Set<String> FROM_SECRET = Set.of(
            "CREDENCE_SECRETS_KEY",
            "CREDENCE_AUDIT_SIGNING_KEY",
            "CREDENCE_BOOTSTRAP_ADMIN_KEY",
            "CREDENCE_DB_PASSWORD");
    private static final Map<String, JsonNode> BY_KIND = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        List<JsonNode> documents = new ArrayList<>();
        try (var values = yaml.readerFor(JsonNode.class)
                .readValues(Path.of("target", "kubernetes", "kubernetes.yml").toFile())) {
            values.forEachRemaining(document -> documents.add((JsonNode) document));
        }
        documents.forEach(document -> BY_KIND.put(document.path("kind").asText(), document));
    }

    private static JsonNode container() {
        JsonNode containers = BY_KIND.get("Deployment")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    @Test
    void twoReplicasWithNoMigrationJobOrInitContainer() {
        JsonNode deployment = BY_KIND.get("Deployment");
        assertEquals(2, deployment.path("spec").path("replicas").asInt());
        assertFalse(BY_KIND.containsKey("Job"), "a separate migration job");
        assertTrue(deployment
                .path("spec")
                .path("template")
                .path("spec")
                .path("initContainers")
                .isMissingNode());
        assertEquals(
                8080,
                BY_KIND.get("Service")
                        .path("spec")
                        .path("ports")
                        .get(0)
                        .path("targetPort")
                        .asInt());
    }

    @Test
    void theKeysComeOnlyFromTheSecretAndTheRestFromTheConfigMap() {
        Map<String, JsonNode> env = new HashMap<>();
        container()
                .path("env")
                .forEach(variable -> env.put(variable.path("name").asText(), variable));
        for (String name : FROM_SECRET) {
            JsonNode variable = env.get(name);
            assertTrue(variable != null, name + " is not set");
            assertTrue(variable.path("value").isMissingNode(), name + " has a literal value");
            assertEquals(
                    "credence-keys",
                    variable.path("valueFrom").path("secretKeyRef").path("name").asText(),
                    name);
        }
        assertEquals(
                "credence-config",
                container()
                        .path("envFrom")
                        .get(0)
                        .path("configMapRef")
                        .path("name")
                        .asText());
    }

    @Test
    void probesLongEnoughForStartUpAndResourcesSet() throws Exception {
        JsonNode container = container();
        JsonNode startup = container.path("startupProbe");
        assertTrue(
                startup.path("failureThreshold").asInt()
                                * startup.path("periodSeconds").asInt()
                        >= 120,
                "start-up took up to 45 s under load (scripts/cluster.sh): " + startup);
        assertEquals(
                "1", container.path("resources").path("requests").path("cpu").asText());
        assertFalse(container
                .path("resources")
                .path("limits")
                .path("memory")
                .asText()
                .isEmpty());

        // The suite's H2 file is held by the instance the other integration tests use: a database of its own there.
        boolean h2 = !"postgresql".equals(System.getProperty("credence.it.db-kind"));
        try (PackagedService service = PackagedService.start(
                h2
                        ? "jdbc:h2:mem:kubernetes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH"
                        : null,
                Path.of("target", "kubernetes-it"),
                Map.of("CREDENCE_MATCHING_INDEX_DIR", ""))) {
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                JsonNode http = container.path(probe).path("httpGet");
                assertEquals(8080, http.path("port").asInt(), probe);
                assertEquals(
                        200, service.get(http.path("path").asText()).statusCode(), probe + " " + http.path("path"));
            }
        }
    }
}
