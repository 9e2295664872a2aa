package io.credence.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "Stable URI naming the kind of error.", examples = "urn:credence:problem:validation")
        URI type,

        @Schema(description = "Short summary of the kind of error.", examples = "Request validation failed")
        String title,

        @Schema(description = "HTTP status code.", examples = "400")
        int status,

        @Schema(description = "What went wrong in this request.", examples = "text: must not be blank")
        String detail,

        @Schema(description = "The request path.", examples = "/claims")
        URI instance,

        @Schema(description = "For validation errors: each offending field.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request.", examples = "text")
            String field,

            @Schema(description = "Why it was refused.", examples = "must not be blank")
            String message) {}
}
