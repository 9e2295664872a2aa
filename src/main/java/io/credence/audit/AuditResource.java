package io.credence.audit;

import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.Page;
import io.credence.api.PageRequest;
import io.credence.api.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Audit", description = "The evidence trail: every change, who made it, when and why, chained by hash.")
public class AuditResource {

    private static final String CSV_HEADER =
            "id,chain,seq,at,actor,actor_key_id,action,entity,entity_id,reason,before,after,prev_hash,hash,hash_version";

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "List audit events", description = "Events oldest first, filtered by actor, entity, action and time.")
    public Page<AuditEventResponse> list(@Valid @BeanParam AuditFilter filter, @Valid @BeanParam PageRequest page) {
        return log.list(filter, page).map(AuditEventResponse::of);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export audit events", description = "Every matching event, oldest first, streamed as CSV "
            + "(RFC 4180, with a header line) or JSON Lines; the export is written as it is read, never built in memory.")
    @APIResponse(responseCode = "200", description = "The events.",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/x-ndjson")})
    public Response export(@QueryParam("format") @DefaultValue("jsonl")
                           @Parameter(description = "csv or jsonl.", example = "csv") String format,
                           @Valid @BeanParam AuditFilter filter) {
        boolean csv = switch (format) {
            case "csv" -> true;
            case "jsonl" -> false;
            default -> throw new ApiException(ProblemType.VALIDATION, "format: must be csv or jsonl");
        };
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            if (csv) {
                writer.write(CSV_HEADER);
                writer.write("\r\n");
            }
            try {
                log.forEach(filter, event -> write(writer, event, csv));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body)
                .type(csv ? "text/csv; charset=UTF-8" : "application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"audit." + format + "\"")
                .build();
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verify the trail", description = "Recomputes every hash chain: each event's hash, its link to the "
            + "event before it, and each chain's head. Any event changed, removed or reordered by hand is reported.")
    @APIResponse(responseCode = "200", description = "The result.",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    public Verification verify() {
        return log.verify();
    }

    private static void write(BufferedWriter writer, AuditEvent e, boolean csv) {
        try {
            if (csv) {
                writer.write(String.join(",", cell(e.id), cell(e.chain), cell(e.seq), cell(e.at), cell(e.actor),
                        cell(e.actorKeyId), cell(e.action), cell(e.entity), cell(e.entityId), cell(e.reason), cell(e.before), cell(e.after),
                        cell(e.prevHash), cell(e.hash), cell(e.hashVersion)));
                writer.write("\r\n");
            } else {
                writer.write(AuditTrail.CANONICAL.writeValueAsString(AuditEventResponse.of(e)));
                writer.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** An RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
