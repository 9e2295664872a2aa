package io.credence.audit;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit listing's and export's filters as query parameters (see {@link AuditFilter}). */
public class AuditFilterParams {

    @QueryParam("actor")
    @Size(max = 200)
    @Parameter(description = "Only events by this actor (API key owner).", example = "Desk editor")
    public String actor;

    @QueryParam("entity")
    @Size(max = 30)
    @Parameter(
            description = "Only events on this kind of entity: source, claim, evidence, verdict, api_key, webhook.",
            example = "evidence")
    public String entity;

    @QueryParam("action")
    @Size(max = 60)
    @Parameter(description = "Only events of this action.", example = "evidence.withdrawn")
    public String action;

    @QueryParam("from")
    @Parameter(description = "Only events at or after this instant (ISO-8601).", example = "2026-11-01T00:00:00Z")
    public Instant from;

    @QueryParam("to")
    @Parameter(description = "Only events before this instant (ISO-8601).", example = "2026-12-01T00:00:00Z")
    public Instant to;

    public AuditFilter filter() {
        return new AuditFilter(actor, entity, action, from, to);
    }
}
