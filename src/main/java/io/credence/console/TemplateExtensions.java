package io.credence.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Small formatting the console's templates share. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** An instant as the audit page's asOf parameter takes it: UTC, exact ({@code {event.at.exact}}). */
    static String exact(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
