package io.credence.matching;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SearchResponse",
        description = "Registered claims most likely to be the one the text restates, best first (by score).")
public record SearchResponse(List<SimilarClaim> matches) {}
