package io.credence.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.credence.paging.PageQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.junit.jupiter.api.Test;

/**
 * A page's tags are loaded by the loader Hibernate built once. Hibernate builds a new loader for every
 * collection it initializes when the session's influencers affect the collection; a batch size of the
 * session's that differs from the collection's own is one such influence (Quarkus's default is 16, the
 * collection's is a whole page). That cost a listing 7 % of its CPU before the two were made equal.
 */
@QuarkusTest
class ClaimTagsLoaderTest {

    @Inject
    EntityManager em;

    @Test
    void aPageOfTagsIsLoadedByTheSharedLoader() {
        QuarkusTransaction.requiringNew().run(() -> {
            SessionImplementor session = em.unwrap(SessionImplementor.class);
            CollectionPersister tags =
                    session.getFactory().getMappingMetamodel().getCollectionDescriptor(Claim.class.getName() + ".tags");
            LoadQueryInfluencers influencers = session.getLoadQueryInfluencers();

            assertEquals(PageQuery.MAX_SIZE, tags.getBatchSize(), "a listing page's tags come in one query");
            assertFalse(
                    tags.getAttributeMapping().isAffectedByInfluencers(influencers, true),
                    "the session's batch size (" + influencers.getBatchSize() + ") differs from the tags' ("
                            + tags.getBatchSize() + "): Hibernate would build the tags' loader for every page");
        });
    }
}
