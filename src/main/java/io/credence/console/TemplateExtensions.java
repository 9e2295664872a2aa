package io.credence.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small formatting the console's templates share. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {}

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** An instant as people read it on a page: to the minute, in UTC ({@code {claim.createdAt.readable}}). */
    static String readable(Instant at) {
        return READABLE.format(at);
    }

    /** A share from 0 to 1 in whole percent ({@code {record.estimate.percent}}). */
    static long percent(double share) {
        return Math.round(share * 100);
    }

    /** An instant as the audit page's asOf parameter takes it: UTC, exact ({@code {event.at.exact}}). */
    static String exact(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
