package io.credence.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One setting switches traces on; without it they stay off; an operator's own variable still wins. */
class TracingSwitchTest {

    private static SmallRyeConfig config(Map<String, String> application, Map<String, String> environment) {
        Map<String, String> shipped = new HashMap<>(
                Map.of("quarkus.otel.sdk.disabled", "true", "quarkus.datasource.jdbc.telemetry.enabled", "false"));
        shipped.putAll(application);
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(shipped, "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withSources(new TracingSwitch())
                .build();
    }

    @Test
    void offWithoutAnEndpoint() {
        assertEquals("true", config(Map.of(), Map.of()).getRawValue("quarkus.otel.sdk.disabled"));
        assertEquals("false", config(Map.of(), Map.of()).getRawValue("quarkus.datasource.jdbc.telemetry.enabled"));
        assertEquals(
                "true",
                config(Map.of(), Map.of("credence.tracing.otlp-endpoint", " "))
                        .getRawValue("quarkus.otel.sdk.disabled"));
    }

    @Test
    void anEndpointSwitchesTheSdkOnAndPointsTheExporterThere() {
        SmallRyeConfig config = config(Map.of(), Map.of("credence.tracing.otlp-endpoint", "http://collector:4317"));
        assertEquals("false", config.getRawValue("quarkus.otel.sdk.disabled"));
        assertEquals("true", config.getRawValue("quarkus.datasource.jdbc.telemetry.enabled"));
        assertEquals("false", config.getRawValue("credence.db.non-blocking-reads.enabled"));
        assertEquals("http://collector:4317", config.getRawValue("quarkus.otel.exporter.otlp.traces.endpoint"));
    }

    @Test
    void anOperatorsOwnSettingStillWins() {
        SmallRyeConfig config = config(
                Map.of(),
                Map.of("credence.tracing.otlp-endpoint", "http://collector:4317", "quarkus.otel.sdk.disabled", "true"));
        assertEquals("true", config.getRawValue("quarkus.otel.sdk.disabled"));
    }
}
