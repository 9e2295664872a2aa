package io.credence.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Traces are off unless an OTLP endpoint is named ({@code credence.tracing.otlp-endpoint}): naming one
 * switches the OpenTelemetry SDK on and points its exporter there, in one setting. application.properties
 * keeps the SDK disabled; this source, read after it and before the environment, enables it when the
 * endpoint is set, so that an operator's own {@code QUARKUS_OTEL_*} variables still win.
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String ENDPOINT = "credence.tracing.otlp-endpoint";
    /** Above application.properties (250), below environment variables (300). */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue endpoint = context.getValue(ENDPOINT);
        if (endpoint == null
                || endpoint.getValue() == null
                || endpoint.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.otel.sdk.disabled",
                        "false",
                        "quarkus.datasource.jdbc.telemetry.enabled",
                        "true",
                        // Quarkus traces the statements of its own reactive client extension only, not of the
                        // Vert.x client the claim read uses (persistence.NonBlockingReads): a traced service
                        // reads through JDBC, so that every statement of a request is in its trace.
                        "credence.db.non-blocking-reads.enabled",
                        "false",
                        "quarkus.otel.exporter.otlp.traces.endpoint",
                        endpoint.getValue().strip()),
                "credence tracing switch",
                ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
