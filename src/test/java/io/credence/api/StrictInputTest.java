package io.credence.api;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;

import io.credence.support.Api;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Input as documented (issue 16): one JSON value per body, and instants a database can hold. */
@QuarkusTest
class StrictInputTest {

    @Inject
    RowCounts rows;

    @Test
    void contentAfterTheJsonValueIsRefusedAndChangesNothing() {
        var before = rows.snapshot();
        for (String body : new String[] {
                "{\"text\": \"" + unique("Trailing") + "\"} {\"text\": \"second\"}",
                "{\"text\": \"" + unique("Trailing") + "\"}garbage",
                "{\"text\": \"" + unique("Trailing") + "\"}]"}) {
            problem(given().contentType(ContentType.JSON).body(body).post("/claims").then(), 400, "malformed-body");
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, rows.snapshot());
    }

    @Test
    void yearsPastNineThousandNineHundredNinetyNineAreRefused() {
        String claim = Api.createClaim(unique("Far future"));
        String source = Api.createSource(unique("Far wire"), "B");
        problem(given().contentType(ContentType.JSON)
                .body("{\"sourceId\": \"" + source + "\", \"stance\": \"SUPPORTS\", \"credibility\": 2, "
                        + "\"observedAt\": \"+10000-01-01T00:00:00Z\"}")
                .post("/claims/{id}/evidence", claim).then(), 400, "validation");
    }
}
