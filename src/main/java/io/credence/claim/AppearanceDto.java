package io.credence.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appearance", description = "Where a claim appeared.")
public record AppearanceDto(
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(description = "URL of the publication.", examples = "https://example.org/news/drones-gold")
        String url,

        @Size(max = 300) @Schema(description = "Who published it.", examples = "Example Daily")
        String publisher,

        @Schema(description = "When it was published (ISO 8601).", examples = "2026-11-20T08:30:00Z")
        Instant publishedAt) {

    Appearance toEmbeddable() {
        Appearance appearance = new Appearance();
        appearance.url = url;
        appearance.publisher = publisher;
        appearance.publishedAt = publishedAt;
        return appearance;
    }

    static AppearanceDto of(Appearance a) {
        return a == null || a.url == null ? null : new AppearanceDto(a.url, a.publisher, a.publishedAt);
    }
}
