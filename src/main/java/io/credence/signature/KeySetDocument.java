package io.credence.signature;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The key set's shape, for the API description only: the answer is written by the JOSE library. */
@Schema(name = "JwkSet", description = "A JWK set (RFC 7517).")
record KeySetDocument(List<Key> keys) {

    @Schema(name = "SigningJwk", description = "An Ed25519 public key (RFC 8037) and the period it signed in.")
    record Key(
            @Schema(examples = "OKP") String kty,
            @Schema(examples = "Ed25519") String crv,

            @Schema(description = "The public key, base64url.")
            String x,

            @Schema(description = "RFC 7638 thumbprint; what a signature's header names.")
            String kid,

            @Schema(examples = "sig") String use,
            @Schema(examples = "EdDSA") String alg,

            @Schema(description = "When it began signing, seconds since the epoch.")
            long nbf,

            @Schema(description = "When it stopped, once replaced; absent for the current key.")
            Long exp) {}
}
