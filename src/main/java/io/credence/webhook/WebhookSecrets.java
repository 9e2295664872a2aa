package io.credence.webhook;

import io.credence.storage.SecretBox;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** A webhook's signing secret, sealed at rest ({@link SecretBox}) and bound to its webhook. */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);

    private final SecretBox box;

    WebhookSecrets(SecretBox box) {
        this.box = box;
    }

    String seal(Webhook webhook, String secret) {
        return box.seal(secret, webhook.id.toString());
    }

    String open(Webhook webhook) {
        return box.open(webhook.secret, webhook.id.toString());
    }

    /** Seals the secrets stored in the clear before sealing existed (once; then there are none). */
    @Transactional
    void sealOldSecrets(@Observes StartupEvent started) {
        int sealed = 0;
        for (Webhook webhook : Webhook.<Webhook>listAll()) {
            if (!SecretBox.isSealed(webhook.secret)) {
                webhook.secret = seal(webhook, webhook.secret);
                sealed++;
            }
        }
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook secrets stored in the clear", sealed);
        }
    }
}
