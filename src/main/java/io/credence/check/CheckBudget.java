package io.credence.check;

import io.credence.audit.AuditWriter;
import io.credence.refusal.OverBudget;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much text one key may have checked a minute on this instance ({@code
 * credence.check.characters-per-key-minute}), whether or not the check registers anything: checking
 * costs CPU in proportion to the text (sentences embedded, scored and matched), and one key must not
 * take the machine from every other. Counted here, not in the database, because the cost is this
 * instance's CPU; spent before any work starts, so a refused check costs nothing.
 */
@ApplicationScoped
public class CheckBudget {

    private static final long MINUTE_MS = 60_000;
    /** Past this many callers, windows that ended are dropped, so the map holds only recent callers. */
    private static final int PRUNE_FROM = 1_000;

    /** A caller's minute: when it began and the characters checked in it. */
    private record Window(long startMs, long used) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final long perMinute;
    private final SecurityIdentity caller;
    private final Clock clock;

    CheckBudget(
            @ConfigProperty(name = "credence.check.characters-per-key-minute") long perMinute,
            SecurityIdentity caller,
            Clock clock) {
        this.perMinute = perMinute;
        this.caller = caller;
        this.clock = clock;
    }

    /** Spends {@code characters} of the caller's minute, or refuses (429) when that would pass its budget. */
    void spend(int characters) {
        Object keyId = caller.getAttribute(AuditWriter.KEY_ID);
        String who = keyId != null ? keyId.toString() : caller.getPrincipal().getName();
        long now = clock.millis();
        if (windows.size() > PRUNE_FROM) {
            windows.values().removeIf(w -> now - w.startMs() >= MINUTE_MS);
        }
        boolean[] refused = {false};
        Window after = windows.compute(who, (k, w) -> {
            Window current = w == null || now - w.startMs() >= MINUTE_MS ? new Window(now, 0) : w;
            if (current.used() + characters > perMinute) {
                refused[0] = true;
                return current;
            }
            return new Window(current.startMs(), current.used() + characters);
        });
        if (refused[0]) {
            long retry = (after.startMs() + MINUTE_MS - now + 999) / 1000;
            throw new OverBudget(
                    "this key may have " + perMinute + " characters checked a minute and has had "
                            + after.used() + " this minute; this text has " + characters
                            + ". Nothing was checked or written; "
                            + "send it again after the minute ends (Retry-After)",
                    retry);
        }
    }
}
