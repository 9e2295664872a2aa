package io.credence.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A body is read only if it is well-formed UTF-8 (RFC 3629): no overlong forms, no encoded
 * surrogates, nothing past U+10FFFF. Jackson decodes an overlong "/" (C0 AF) as "/", so a filter
 * looking at bytes and the code reading characters would see different text; refused here with
 * 400 problem+json before anything is parsed. Bodies are at most quarkus.http.limits.max-body-size
 * (1 MB), so holding one to check it is bounded.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.VALIDATION, "The body is not well-formed UTF-8 (RFC 3629: overlong forms, "
                    + "encoded surrogates and bytes that begin no character are refused)");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
