package io.credence.claim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/**
 * A page of the claim listing arrives with its claims' tags, read by the page's own statement (a claim
 * with several tags is still one item of the page), rather than by a query of its own when the response
 * first touches them.
 */
@QuarkusTest
class ClaimListingTagsTest {

    @Inject
    ClaimService claims;

    @Test
    void aPageComesWithItsTagsAndEachClaimOnce() {
        String shared = Api.uniqueWord("listed");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "text",
                            "Claim " + Api.uniqueWord("c") + " carries three tags",
                            "tags",
                            List.of(shared, "second" + i, "third" + i)))
                    .post("/claims")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        ClaimFilter byTag = new ClaimFilter(null, shared, false, null, null, null);

        QuarkusTransaction.requiringNew().run(() -> {
            Page<Claim> first = claims.list(byTag, new PageQuery(0, 2));
            Page<Claim> second = claims.list(byTag, new PageQuery(1, 2));

            assertEquals(
                    List.of(created.get(2), created.get(1)),
                    first.items().stream().map(c -> c.id.toString()).toList(),
                    "newest first, two to a page, each claim once although it has three tags");
            assertEquals(
                    List.of(created.get(0)),
                    second.items().stream().map(c -> c.id.toString()).toList());
            assertEquals(3, first.total());
            for (Claim claim : first.items()) {
                assertTrue(Hibernate.isInitialized(claim.tags), "the page's statement read the tags");
            }
            Claim oldest = second.items().get(0);
            assertTrue(Hibernate.isInitialized(oldest.tags));
            assertEquals(Set.of(shared, "second0", "third0"), oldest.tags);
        });
    }
}
