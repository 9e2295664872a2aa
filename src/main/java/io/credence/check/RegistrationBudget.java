package io.credence.check;

import io.credence.access.ApiKeyIdentityProvider;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditReader;
import io.credence.audit.AuditWriter;
import io.credence.time.Timestamps;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many claims POST /check may still register for the calling key: its budget for an hour (its
 * own, or {@code credence.check.registrations-per-key-hour}) less what it registered through /check
 * in the last hour. Counted from the trail, so every instance sees one count; two checks by one key
 * at the same moment can each spend what remains (the bound is per hour, not per instant).
 */
@ApplicationScoped
public class RegistrationBudget {

    /** The reason a claim registered by /check carries in the trail, which is what the budget counts. */
    static final String REASON = "registered by POST /check";

    private static final Duration WINDOW = Duration.ofHours(1);

    private final AuditReader auditReader;
    private final SecurityIdentity caller;
    private final int defaultPerHour;
    private final Timestamps timestamps;

    RegistrationBudget(
            AuditReader auditReader,
            SecurityIdentity caller,
            @ConfigProperty(name = "credence.check.registrations-per-key-hour") int defaultPerHour,
            Timestamps timestamps) {
        this.auditReader = auditReader;
        this.caller = caller;
        this.defaultPerHour = defaultPerHour;
        this.timestamps = timestamps;
    }

    /** What the caller's key may still register this hour; unbounded for a caller without an issued key. */
    int remaining() {
        UUID keyId = caller.getAttribute(AuditWriter.KEY_ID);
        if (keyId == null) {
            return Integer.MAX_VALUE;
        }
        Integer own = caller.getAttribute(ApiKeyIdentityProvider.CHECK_REGISTRATIONS_PER_HOUR);
        int perHour = own != null ? own : defaultPerHour;
        long used = auditReader.countByKey(
                keyId,
                AuditAction.CLAIM_REGISTERED.wireName(),
                REASON,
                timestamps.now().minus(WINDOW));
        return (int) Math.max(0, perHour - used);
    }
}
