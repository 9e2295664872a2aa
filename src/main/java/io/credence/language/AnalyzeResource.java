package io.credence.language;

import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.ProblemResponses;
import io.credence.api.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/analyze")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CMS, Roles.EDITOR})
@Tag(
        name = "Language",
        description = "Rumour-grade language: hearsay, unnamed sources, vague attribution, speculation, hedges.")
public class AnalyzeResource {

    private final RumourAnalyzer analyzer;
    private final LanguageConfig config;

    AnalyzeResource(RumourAnalyzer analyzer, LanguageConfig config) {
        this.analyzer = analyzer;
        this.config = config;
    }

    @POST
    @Operation(
            summary = "Flag rumour-grade language",
            description =
                    "Finds cues such as \"rumor has it\", \"sources say\", \"analysts think\", \"can't be ruled out\" "
                            + "and \"reportedly\", with character offsets, category and severity, and scores each sentence and "
                            + "the whole text. Texts over 100,000 characters are refused with 413.")
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    public AnalysisResponse analyze(@NotNull @Valid AnalyzeRequest request) {
        int length = request.text().length();
        if (length > config.maxTextLength()) {
            throw new ApiException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "text has " + length + " characters; at most " + config.maxTextLength() + " are analyzed");
        }
        return AnalysisResponse.of(analyzer.analyze(request.text()));
    }
}
