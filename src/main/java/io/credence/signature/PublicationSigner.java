package io.credence.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.audit.CheckpointSigner;
import io.credence.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs what the desk publishes (ClaimReviews, article.review-needed notices) with the service's key, so that
 * a partner who pinned the key set can tell the desk's word from a copy someone changed on the way.
 */
@ApplicationScoped
public class PublicationSigner {

    private final CheckpointSigner key;
    private final Timestamps timestamps;
    private final ObjectMapper json;

    PublicationSigner(CheckpointSigner key, Timestamps timestamps, ObjectMapper json) {
        this.key = key;
        this.timestamps = timestamps;
        this.json = json;
    }

    /** The signature the document carries in its {@code jws} member, over the document as the service serialises it. */
    public String sign(Object document) {
        return key.signDocument(json.valueToTree(document), timestamps.now());
    }
}
