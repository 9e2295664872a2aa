package io.credence.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the rows of every domain table, to show that a refused request wrote nothing. */
@ApplicationScoped
public class RowCounts {

    private static final List<String> TABLES = List.of(
            "source",
            "source_rating",
            "claim",
            "claim_tag",
            "claim_vector",
            "evidence",
            "verdict",
            "audit_event",
            "api_key",
            "webhook",
            "claim_review",
            "claim_review_appearance",
            "article",
            "article_claim",
            "article_notice",
            "console_session",
            "review_organisation",
            "audit_checkpoint");

    @Inject
    EntityManager em;

    @Transactional
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            Number n = (Number)
                    em.createNativeQuery("select count(*) from " + table).getSingleResult();
            counts.put(table, n.longValue());
        }
        // Changes that add no row: every audited change adds an audit event; key revocations do not.
        Number revoked = (Number) em.createNativeQuery("select count(*) from api_key where revoked_at is not null")
                .getSingleResult();
        counts.put("revoked api_key", revoked.longValue());
        return counts;
    }
}
