package io.credence.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SearchRequest",
        description = "A text to look up among the registered claims: a tweet, a headline, a paragraph.")
public record SearchRequest(
        @NotBlank
        @Size(max = 10_000)
        @Schema(
                description = "At most 10,000 characters.",
                examples = "Rumor has it, Moscow paid Tehran in gold bullion for the Shahed drones.")
        String text,

        @Min(1) @Max(100) @Schema(description = "How many claims to return, 1..100 (default 10).", examples = "10")
        Integer limit) {

    static final int DEFAULT_LIMIT = 10;

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
