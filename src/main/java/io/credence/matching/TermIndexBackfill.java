package io.credence.matching;

import io.credence.api.Uuids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Indexes, at start-up, claims registered before the term index existed. */
@ApplicationScoped
public class TermIndexBackfill {

    private static final Logger LOG = Logger.getLogger(TermIndexBackfill.class);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final ClaimMatcher matcher;

    TermIndexBackfill(EntityManager em, ClaimMatcher matcher) {
        this.em = em;
        this.matcher = matcher;
    }

    void onStart(@Observes StartupEvent event) {
        long indexed = 0;
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        while (true) {
            UUID from = after;
            @SuppressWarnings("unchecked")
            List<Object[]> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Object[]> rows = em.createNativeQuery("""
                                select c.id, c.text from claim c
                                where c.id > ?1 and not exists (select 1 from claim_term t where t.claim_id = c.id)
                                order by c.id""")
                        .setParameter(1, from).setMaxResults(BATCH).getResultList();
                rows.forEach(row -> matcher.index(Uuids.of(row[0]), (String) row[1]));
                return rows;
            });
            indexed += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
            after = Uuids.of(batch.get(batch.size() - 1)[0]);
        }
        if (indexed > 0) {
            LOG.infof("Indexed %d claims for matching", indexed);
        }
    }
}
