package io.credence.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.credence.text.ControlCharacters;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads request bodies strictly: a value of the wrong JSON type is an error, not silently converted
 * ({@code "text": 5} is not the string "5", {@code "stance": 0} is not the first stance), and a key
 * given twice is refused rather than letting the last one win. A string holding a NUL, another
 * control character than tab and line breaks, or an unpaired surrogate is refused too
 * ({@link ControlCharacters}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its own modules: the instant reader here must replace theirs. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // One JSON value a body: "{…} {…}" or "{…}garbage" is not what the client meant to send.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(
                new SimpleModule("no-control-characters").addDeserializer(String.class, new StorableStrings()));
        mapper.registerModule(
                new SimpleModule("storable-instants").addDeserializer(Instant.class, new StorableInstants()));
    }

    /**
     * Jackson's own instant reading, then a refusal of years outside 1..9999: neither database stores
     * them, and an instant the trail cannot hold would be a 500 later rather than a 400 now.
     */
    static final class StorableInstants extends StdDeserializer<Instant> {

        static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
        static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

        StorableInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant value = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (value != null && (value.isBefore(FIRST) || value.isAfter(LAST))) {
                throw context.weirdStringException(
                        parser.getText(), Instant.class, "an instant must lie in the years 1 to 9999");
            }
            return value;
        }
    }

    /** Jackson's own string reading, then a refusal of what {@link ControlCharacters} refuses. */
    static final class StorableStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && ControlCharacters.in(value)) {
                throw context.weirdStringException(value, String.class, ControlCharacters.REFUSAL);
            }
            return value;
        }
    }
}
