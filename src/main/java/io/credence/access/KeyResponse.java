package io.credence.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key; the key itself is shown once, when it is issued.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyResponse(
        UUID id,
        @Schema(examples = "Newsroom CMS") String owner,
        @Schema(examples = "cms") String role,

        @Schema(description = "The first characters of the key.", examples = "cred_Zx3k")
        String prefix,

        @Schema(description = "The key, only in the answer to its issue: send it as 'Authorization: Bearer <key>'.")
        String key,

        Instant createdAt,
        @Schema(examples = "bootstrap-admin") String createdBy,
        Instant revokedAt,

        @Schema(
                description =
                        "Claims POST /check may register with this key in an hour; absent: the configured default.")
        Integer checkRegistrationsPerHour) {

    static KeyResponse of(ApiKey k, String plainText) {
        return new KeyResponse(
                k.id,
                k.owner,
                k.role.roleName(),
                k.prefix,
                plainText,
                k.createdAt,
                k.createdBy,
                k.revokedAt,
                k.checkRegistrationsPerHour);
    }
}
