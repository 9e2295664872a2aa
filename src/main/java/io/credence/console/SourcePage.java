package io.credence.console;

import io.credence.access.Role;
import io.credence.api.ApiException;
import io.credence.assessment.Reliability;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.evidence.EvidenceService;
import io.credence.refusal.Refusal;
import io.credence.source.ReliabilityChange;
import io.credence.source.Source;
import io.credence.source.SourceRating;
import io.credence.source.SourceService;
import io.credence.trackrecord.TrackRecords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * A source: its reliability now and every rating before it as a timeline, newest first, and the
 * claims it bears on; its track record against the desk's published verdicts, with the rating the record
 * suggests. An admin re-rates it here, or accepts or dismisses the suggestion (the claims it bears on are
 * reassessed in the background, as through the API).
 */
@Path("/console/source")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SourcePage {

    private static final int CLAIMS_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance source(
                Viewer viewer,
                Source source,
                List<SourceRating> history,
                List<Claim> claims,
                List<Reliability> reliabilities,
                TrackRecords.Standing record,
                String notice,
                String problem);
    }

    private final SourceService sources;
    private final EvidenceService evidence;
    private final ClaimService claims;
    private final SecurityIdentity caller;
    private final Validator validator;
    private final TrackRecords records;

    SourcePage(
            SourceService sources,
            EvidenceService evidence,
            ClaimService claims,
            SecurityIdentity caller,
            Validator validator,
            TrackRecords records) {
        this.records = records;
        this.sources = sources;
        this.evidence = evidence;
        this.claims = claims;
        this.caller = caller;
        this.validator = validator;
    }

    static String link(UUID id) {
        return "/console/source?id=" + id;
    }

    @GET
    public Response show(@QueryParam("id") String sourceId, @QueryParam("done") String done) {
        Viewer viewer = Viewer.of(caller);
        UUID id = Forms.uuid("id", sourceId);
        if (id == null) {
            return Pages.seeOther("/console/sources");
        }
        return page(
                viewer,
                id,
                200,
                switch (done == null ? "" : done) {
                    case "rated" -> "Rating changed; the claims it bears on are being reassessed.";
                    case "accepted" -> "Suggested rating accepted; the claims it bears on are being reassessed.";
                    case "dismissed" -> "Suggestion dismissed; it returns only when the record grows.";
                    default -> null;
                },
                null);
    }

    @POST
    @Path("/{id}/suggestion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @FormParam("csrf") String csrf,
            @PathParam("id") UUID id,
            @FormParam("version") String version,
            @FormParam("reliability") String reliability,
            @FormParam("reason") String reason,
            @FormParam("decision") String decision) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.ADMIN);
        boolean accept = "accept".equals(decision);
        try {
            Reliability seen = Forms.choice(Reliability.class, "reliability", reliability);
            if (accept) {
                records.accept(id, seen, Forms.orNull(reason), Forms.version(version));
            } else {
                records.dismiss(id, seen, Forms.orNull(reason));
            }
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    viewer,
                    id,
                    Forms.status(refused),
                    null,
                    Forms.refusal(
                            accept ? "The suggestion was not accepted" : "The suggestion was not dismissed",
                            "source",
                            version,
                            refused));
        }
        return Pages.seeOther(link(id) + (accept ? "&done=accepted" : "&done=dismissed"));
    }

    @POST
    @Path("/{id}/reliability")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rerate(
            @FormParam("csrf") String csrf,
            @PathParam("id") UUID id,
            @FormParam("version") String version,
            @FormParam("reliability") String reliability,
            @FormParam("rationale") String rationale) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.ADMIN);
        try {
            ReliabilityChange change = Forms.valid(
                    validator,
                    new ReliabilityChange(
                            Forms.choice(Reliability.class, "reliability", reliability), Forms.orNull(rationale)));
            sources.changeReliability(id, change, Forms.version(version));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    viewer,
                    id,
                    Forms.status(refused),
                    null,
                    Forms.refusal("The rating did not change", "source", version, refused));
        }
        return Pages.seeOther(link(id) + "&done=rated");
    }

    private Response page(Viewer viewer, UUID id, int status, String notice, String problem) {
        Source source = sources.require(id);
        List<SourceRating> history = sources.history(id).stream()
                .sorted((a, b) -> b.ratedAt.compareTo(a.ratedAt))
                .toList();
        List<Claim> bearing = evidence.claimsCiting(id, CLAIMS_SHOWN).stream()
                .map(claims::require)
                .toList();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.source(
                        viewer,
                        source,
                        history,
                        bearing,
                        List.of(Reliability.values()),
                        records.of(id),
                        notice,
                        problem))
                .build();
    }
}
