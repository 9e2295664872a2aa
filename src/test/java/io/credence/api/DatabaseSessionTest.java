package io.credence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every pooled connection is set up for the database kind the service was built for. */
@QuarkusTest
class DatabaseSessionTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;

    @Test
    void postgresqlConnectionsPlanEveryStatementForItsParameters() {
        if (kind.equals("postgresql")) {
            Object mode = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("select current_setting('plan_cache_mode')")
                            .getSingleResult());
            assertEquals("force_custom_plan", mode);
        } else {
            assertEquals("h2", kind, "the only other kind, which needs no session settings");
        }
    }
}
