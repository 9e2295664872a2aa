package io.credence.language;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Analysis", description = "Rumour-grade language in a text.")
public record AnalysisResponse(
        List<FlagResponse> flags,

        @Schema(description = "The text's score: its most rumour-grade sentence's, 0..1.", examples = "0.55")
        double rumourScore,

        List<Sentence> sentences) {

    @Schema(name = "SentenceScore", description = "A sentence by offsets, scored 1 − Π(1 − severity) over its flags.")
    public record Sentence(
            @Schema(examples = "0") int start,
            @Schema(examples = "42") int end,
            @Schema(examples = "0.55") double rumourScore) {}

    public static AnalysisResponse of(Analysis a) {
        return new AnalysisResponse(
                a.flags().stream().map(FlagResponse::of).toList(),
                a.rumourScore(),
                a.sentences().stream()
                        .map(s -> new Sentence(s.start(), s.end(), s.rumourScore()))
                        .toList());
    }
}
