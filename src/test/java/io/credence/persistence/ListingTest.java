package io.credence.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.source.Source;
import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals are exact up to the count limit and say so when they stop there. */
@QuarkusTest
class ListingTest {

    @Test
    void countsUpToTheLimitAndSaysWhenItStops() {
        String name = Api.unique("Paged outlet");
        for (int i = 0; i < 5; i++) {
            Api.createSource(name + " " + i, "B");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Sort order = Sort.by("id");
            Listing<Source> listing =
                    Listing.where(Source.class, "name like :name", Map.of("name", name + " %"), order);

            Page<Source> exact = listing.countingUpTo(5).page(new PageQuery(0, 2));
            assertEquals(5, exact.total());
            assertTrue(exact.totalExact());
            assertEquals(2, exact.items().size());

            Page<Source> capped = listing.countingUpTo(4).page(new PageQuery(0, 2));
            assertEquals(4, capped.total());
            assertFalse(capped.totalExact(), "more items than the limit");
            assertEquals(2, capped.items().size());

            Page<Source> last = listing.countingUpTo(1).page(new PageQuery(2, 2));
            assertEquals(1, last.items().size());
            assertEquals(5, last.total(), "the last page knows the total without counting");
            assertTrue(last.totalExact());

            Page<Source> past = listing.countingUpTo(5).page(new PageQuery(9, 2));
            assertTrue(past.items().isEmpty());
            assertEquals(5, past.total());

            Page<Source> beyondAnyOffset = listing.page(new PageQuery(Integer.MAX_VALUE, PageQuery.MAX_SIZE));
            assertTrue(beyondAnyOffset.items().isEmpty(), "an offset past 2^31 is past the end, not an error");
            assertEquals(5, beyondAnyOffset.total());
        });
    }
}
