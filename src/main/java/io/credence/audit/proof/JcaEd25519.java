package io.credence.audit.proof;

import com.nimbusds.jose.CriticalHeaderParamsAware;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.impl.CriticalHeaderParamsDeferral;
import com.nimbusds.jose.crypto.impl.EdDSAProvider;
import com.nimbusds.jose.util.Base64URL;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Set;

/**
 * Nimbus's EdDSA signer and verifier over the JDK's Ed25519 (JEP 339). Nimbus's own
 * {@code Ed25519Signer} needs Google Tink, a second crypto library, for what the JDK has done since 15;
 * Nimbus still does all of JOSE (headers, RFC 7797 payloads, serialisation, critical parameters).
 */
final class JcaEd25519 {

    private JcaEd25519() {}

    static final class Signer extends EdDSAProvider implements JWSSigner {

        private final PrivateKey key;

        Signer(PrivateKey key) {
            this.key = key;
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            if (!supportedJWSAlgorithms().contains(header.getAlgorithm())) {
                throw new JOSEException("Ed25519 signs EdDSA, not " + header.getAlgorithm());
            }
            try {
                return Base64URL.encode(Ed25519.sign(key, signingInput));
            } catch (IllegalStateException e) {
                throw new JOSEException(e.getMessage(), e);
            }
        }
    }

    static final class Verifier extends EdDSAProvider implements JWSVerifier, CriticalHeaderParamsAware {

        private final PublicKey key;
        private final CriticalHeaderParamsDeferral critical = new CriticalHeaderParamsDeferral();

        Verifier(PublicKey key) {
            this.key = key;
        }

        @Override
        public Set<String> getProcessedCriticalHeaderParams() {
            return critical.getProcessedCriticalHeaderParams();
        }

        @Override
        public Set<String> getDeferredCriticalHeaderParams() {
            return critical.getDeferredCriticalHeaderParams();
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
            return supportedJWSAlgorithms().contains(header.getAlgorithm())
                    && critical.headerPasses(header)
                    && Ed25519.verify(key, signingInput, signature.decode());
        }
    }
}
