package io.credence.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Writes {@code <}, {@code >} and {@code &} (and U+2028, U+2029, which end a line in a script) as
 * {@code \\u003c}-style escapes in every JSON answer. The JSON means the same, but a claim's text
 * holding "&lt;/script&gt;" can no longer close the script element a desk embeds the ClaimReview
 * JSON-LD in, nor be read as markup by a page that pastes an answer into HTML.
 */
@Singleton
public class HtmlSafeJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new Escapes());
    }

    static final class Escapes extends CharacterEscapes {

        private final int[] table;

        Escapes() {
            table = CharacterEscapes.standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
