package io.credence.check;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckRequest", description = "A draft article to check before publication.")
public record CheckRequest(
        @NotNull
        @Schema(
                description = "The article, up to 100,000 characters.",
                examples = "Moscow paid for the drones with 1.8 tons of gold, sources say. Thanks for reading!")
        String text,

        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(
                description = "Where the article will appear; registered claims point to it.",
                examples = "https://news.example/drones")
        String url,

        @Size(max = 35)
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag")
        @Schema(examples = "en")
        String language,

        @Schema(
                description = "Register as claims the sentences that match no claim yet and are more likely "
                        + "check-worthy than not (checkWorthiness at least 0.5), editor or cms.",
                examples = "false")
        Boolean register) {}
