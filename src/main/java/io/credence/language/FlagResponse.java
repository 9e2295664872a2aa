package io.credence.language;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RumourFlag", description = "A rumour-grade cue; text.substring(start, end) is the matched text.")
public record FlagResponse(
        @Schema(description = "Offset of the first character (a Java String index, UTF-16).", examples = "4")
        int start,

        @Schema(description = "Offset after the last character.", examples = "14")
        int end,

        @Schema(examples = "reportedly") String text,
        @Schema(examples = "HEDGE") Category category,

        @Schema(description = "0..1: how rumour-grade the cue alone makes its sentence.", examples = "0.55")
        double severity,

        @Schema(description = "The lexicon phrase that matched.", examples = "reportedly")
        String cue) {

    public static FlagResponse of(Flag f) {
        return new FlagResponse(f.start(), f.end(), f.text(), f.category(), f.severity(), f.cue());
    }
}
