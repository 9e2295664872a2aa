package io.credence.audit.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import java.security.PrivateKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Set;

/**
 * A JSON document that carries its own signature: the member {@value #MEMBER} holds a JWS with a
 * detached, unencoded payload (RFC 7515 appendix F, RFC 7797: {@code header..signature}) whose payload
 * is the RFC 8785 canonical form of the document without that member. Any JSON library that
 * canonicalises can rebuild the payload, so the document stays the readable schema.org JSON-LD it was.
 * The protected header names the key ({@code kid}, its JWK thumbprint) and the signing time
 * ({@code iat}, seconds), which must fall in the key's period in the key set.
 */
public final class SignedJson {

    public static final String MEMBER = "jws";
    static final String SIGNED_AT = "iat";

    private SignedJson() {}

    /** The value of the document's {@value #MEMBER} member: the signature over the document as it is (without one). */
    public static String signature(JsonNode document, PrivateKey key, String keyId, Instant at) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(keyId)
                .base64URLEncodePayload(false)
                .criticalParams(Set.of("b64"))
                .customParam(SIGNED_AT, at.getEpochSecond())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload(document)));
        try {
            jws.sign(new JcaEd25519.Signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
        return jws.serialize(true);
    }

    /** What checking a signed document found: the key and time it was signed with, or why it is refused. */
    public record Check(boolean valid, String keyId, Instant signedAt, String refusal) {

        static Check refused(String why) {
            return new Check(false, null, null, why);
        }
    }

    /** Checks the document's signature against the key set: refused with a reason unless it is whole and in period. */
    public static Check check(JsonNode document, KeySet keys) {
        if (document == null || !document.isObject()) {
            return Check.refused("not a JSON object");
        }
        JsonNode signature = document.get(MEMBER);
        if (signature == null || !signature.isTextual()) {
            return Check.refused("not signed: it has no \"" + MEMBER + "\" member");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(signature.asText(), new Payload(payload(document)));
        } catch (ParseException e) {
            return Check.refused("the signature is malformed: " + e.getMessage());
        }
        JWSHeader header = jws.getHeader();
        if (header.isBase64URLEncodePayload()) {
            return Check.refused("the signature is not over the document itself (its header lacks \"b64\": false)");
        }
        SigningKey key = keys.byId(String.valueOf(header.getKeyID())).orElse(null);
        if (key == null) {
            return Check.refused("signed by key " + header.getKeyID() + ", which the key set does not list");
        }
        if (!(header.getCustomParam(SIGNED_AT) instanceof Number seconds)) {
            return Check.refused("the signature does not say when it was made (no \"iat\" in its header)");
        }
        Instant at = Instant.ofEpochSecond(seconds.longValue());
        if (!key.signedAt(at)) {
            return Check.refused("signed at " + at + " with key " + key.id() + ", which signed only from "
                    + key.signedFrom() + (key.signedUntil() == null ? "" : " until " + key.signedUntil()));
        }
        try {
            if (!jws.verify(new JcaEd25519.Verifier(key.publicKey()))) {
                return Check.refused("the signature does not match the document: it was changed after it was signed, "
                        + "or the signature is another document's");
            }
        } catch (JOSEException e) {
            return Check.refused("the signature cannot be checked: " + e.getMessage());
        }
        return new Check(true, key.id(), at, null);
    }

    /** The signed bytes: the document without its signature, canonical (RFC 8785). */
    private static byte[] payload(JsonNode document) {
        ObjectNode unsigned = ((ObjectNode) document).deepCopy();
        unsigned.remove(MEMBER);
        return EventHash.jcs(unsigned);
    }
}
