package io.credence.matching;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchResponse", description = "Registered claims ranked by how alike they are to the text, best first.")
public record SearchResponse(List<SimilarClaim> matches) {
}
