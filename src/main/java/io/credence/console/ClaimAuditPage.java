package io.credence.console;

import io.credence.access.Role;
import io.credence.audit.AuditEvent;
import io.credence.audit.AuditReader;
import io.credence.audit.Verification;
import io.credence.claim.ClaimAsOfResponse;
import io.credence.claim.ClaimHistory;
import io.credence.claim.ClaimService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A claim's history for auditors and admins: every event of its chain as a timeline, the claim as it
 * stood at a chosen instant (rebuilt from the trail, as {@code GET /claims/{id}?asOf=} answers), and,
 * on request, the verification of every chain with this claim's chain head.
 */
@Path("/console/claim/audit")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ClaimAuditPage {

    /** What the date picker shows: minutes, in UTC (the trail's own time). */
    public record AsOf(String picked, ClaimAsOfResponse claim, String first, String last) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(
                Viewer viewer,
                UUID claimId,
                String text,
                List<AuditEvent> events,
                AsOf asOf,
                Verification verification,
                String chainHead,
                String problem);
    }

    private final ClaimService claims;
    private final AuditReader auditReader;
    private final ClaimHistory history;
    private final SecurityIdentity caller;

    ClaimAuditPage(ClaimService claims, AuditReader auditReader, ClaimHistory history, SecurityIdentity caller) {
        this.claims = claims;
        this.auditReader = auditReader;
        this.history = history;
        this.caller = caller;
    }

    @GET
    public Response show(
            @QueryParam("id") String claimId, @QueryParam("asOf") String asOf, @QueryParam("verify") boolean verify) {
        Viewer viewer = Viewer.of(caller).require(Role.AUDITOR, Role.ADMIN);
        UUID id = Forms.uuid("id", claimId);
        if (id == null) {
            return Pages.seeOther("/console");
        }
        String text = claims.require(id).text;
        List<AuditEvent> events = auditReader.history(id);
        String first = minute(events.get(0).at);
        String last = minute(events.get(events.size() - 1).at);
        String problem = null;
        AsOf standing = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                String picked = asOf.strip();
                Instant at = LocalDateTime.parse(picked).toInstant(ZoneOffset.UTC);
                // The picker says minutes: the claim as it stood at the end of the chosen minute. An event's
                // own link gives its exact instant.
                Instant end = picked.length() == MINUTE.length() ? at.plus(59_999, ChronoUnit.MILLIS) : at;
                standing = new AsOf(
                        picked.substring(0, MINUTE.length()),
                        history.asOf(id, end).orElse(null),
                        first,
                        last);
            } catch (DateTimeParseException malformed) {
                problem = "asOf must be a date and time such as " + first;
            }
        }
        if (standing == null) {
            standing = new AsOf(last, null, first, last);
        }
        Verification verification = verify ? auditReader.verify() : null;
        String head = events.get(events.size() - 1).hash;
        return Response.status(problem == null ? 200 : 400)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.audit(viewer, id, text, events, standing, verification, head, problem))
                .build();
    }

    private static final String MINUTE = "2026-01-01T00:00";

    private static String minute(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }
}
