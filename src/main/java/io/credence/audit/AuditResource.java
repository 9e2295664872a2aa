package io.credence.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.PageRequest;
import io.credence.api.ProblemType;
import io.credence.paging.Page;
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

    private static final String[] CSV_HEADER = {
        "id",
        "chain",
        "seq",
        "at",
        "actor",
        "actor_key_id",
        "action",
        "entity",
        "entity_id",
        "reason",
        "before",
        "after",
        "prev_hash",
        "hash",
        "hash_version"
    };
    /** RFC 4180: comma-separated, quoted where a cell needs it, CRLF between records. */
    private static final CsvMapper CSV =
            CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private static final CsvSchema RECORDS = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final AuditReader auditReader;

    AuditResource(AuditReader auditReader) {
        this.auditReader = auditReader;
    }

    @GET
    @Operation(
            summary = "List audit events",
            description = "Events oldest first, filtered by actor, entity, action and time.")
    public Page<AuditEventResponse> list(
            @Valid @BeanParam AuditFilterParams filter, @Valid @BeanParam PageRequest page) {
        return auditReader.list(filter.filter(), page.query()).map(AuditEventResponse::of);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Export audit events",
            description = "Every matching event, oldest first, streamed as CSV "
                    + "(RFC 4180, with a header line; a cell beginning with =, +, -, @, tab or CR gets a leading apostrophe so "
                    + "that no spreadsheet runs it) or JSON Lines (the form to verify from); the export is written as it is read, "
                    + "never built in memory.")
    @APIResponse(
            responseCode = "200",
            description = "The events.",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/x-ndjson")})
    public Response export(
            @QueryParam("format") @DefaultValue("jsonl") @Parameter(description = "csv or jsonl.", example = "csv")
                    String format,
            @Valid @BeanParam AuditFilterParams filter) {
        boolean csv = switch (format) {
            case "csv" -> true;
            case "jsonl" -> false;
            default -> throw new ApiException(ProblemType.VALIDATION, "format: must be csv or jsonl");
        };
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            SequenceWriter rows =
                    csv ? CSV.writerFor(String[].class).with(RECORDS).writeValues(writer) : null;
            try {
                if (csv) {
                    rows.write(CSV_HEADER);
                }
                auditReader.forEach(filter.filter(), event -> write(csv ? rows : null, writer, event));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (rows != null) {
                rows.flush();
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
    @Operation(
            summary = "Verify the trail",
            description =
                    "Recomputes every hash chain: each event's hash, its link to the "
                            + "event before it, and each chain's head. Any event changed, removed or reordered by hand is reported.")
    @APIResponse(
            responseCode = "200",
            description = "The result.",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    public Verification verify() {
        return auditReader.verify();
    }

    private static void write(SequenceWriter rows, BufferedWriter jsonLines, AuditEvent e) {
        try {
            if (rows != null) {
                rows.write(new String[] {
                    cell(e.id),
                    cell(e.chain),
                    cell(e.seq),
                    cell(e.at),
                    cell(e.actor),
                    cell(e.actorKeyId),
                    cell(e.action),
                    cell(e.entity),
                    cell(e.entityId),
                    cell(e.reason),
                    cell(e.before),
                    cell(e.after),
                    cell(e.prevHash),
                    cell(e.hash),
                    cell(e.hashVersion)
                });
            } else {
                jsonLines.write(AuditWriter.CANONICAL.writeValueAsString(AuditEventResponse.of(e)));
                jsonLines.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A cell as text, neutralised for spreadsheets (OWASP, CSV injection): text that begins with
     * =, +, -, @, a tab or a carriage return would be run as a formula when the file is opened, so
     * it gets a leading apostrophe. The CSV is for reading by people; the JSON Lines export is the
     * one to verify hashes from (docs/AUDIT.md).
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
