package io.credence.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body is read only if it is at most {@code credence.http.max-body-size} and well-formed UTF-8
 * (RFC 3629): no overlong forms, no encoded surrogates, nothing past U+10FFFF. Jackson decodes an
 * overlong "/" (C0 AF) as "/", so a filter looking at bytes and the code reading characters would
 * see different text. A body sent in chunks declares no length ({@link RequestLimits} refuses the
 * declared ones): it is measured here as it is read, and reading stops one byte past the limit.
 * Both refusals are problem+json; nothing is parsed.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    private final int maxBody;

    Utf8Bodies(@ConfigProperty(name = "credence.http.max-body-size") MemorySize maxBody) {
        this.maxBody = (int) Math.min(Integer.MAX_VALUE - 1, maxBody.asLongValue());
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == InputStream.class) {
            // A feed read as a stream (RequestLimits.BULK_PATHS): its reader decodes UTF-8 as strictly, as it reads.
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(maxBody + 1);
        if (body.length > maxBody) {
            throw new ApiException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The body may be at most " + maxBody + " bytes; this one, sent in chunks, grew past that");
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(
                    ProblemType.MALFORMED_BODY,
                    "The body is not well-formed UTF-8 (RFC 3629: overlong forms, "
                            + "encoded surrogates and bytes that begin no character are refused)");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
