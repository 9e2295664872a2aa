package io.credence.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint on request is an admin's, and is signed (and sent to subscribers)
 * only when the trail moved since the newest one: asking again with nothing new returns that one and
 * writes nothing.
 */
@QuarkusTest
class CheckpointRequestTest {

    @Inject
    RowCounts rows;

    @Test
    void onlyAnAdminAsksAndNothingNewSignsNothing() {
        // The auditor's key is issued on first use: before the snapshot, so that issuing it is not counted.
        String auditor = RoleKeys.bearer(RoleKeys.As.AUDITOR);
        Map<String, Long> before = rows.snapshot();
        Api.problem(
                given().header("Authorization", auditor)
                        .post("/audit/checkpoints")
                        .then(),
                403,
                "forbidden");
        assertEquals(before, rows.snapshot(), "an auditor changes nothing");

        Api.createClaim(Api.unique("Checkpoint request claim"));
        long first = given().post("/audit/checkpoints")
                .then()
                .statusCode(201)
                .extract()
                .<Integer>path("sequence");
        Map<String, Long> signed = rows.snapshot();
        for (int i = 0; i < 8; i++) {
            long again = given().post("/audit/checkpoints")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("sequence");
            assertEquals(first, again, "with nothing new, the newest checkpoint is the answer");
        }
        assertEquals(signed, rows.snapshot(), "nothing signed (and so no checkpoint notice made)");

        Api.createClaim(Api.unique("Checkpoint request second claim"));
        long second = given().post("/audit/checkpoints")
                .then()
                .statusCode(201)
                .extract()
                .<Integer>path("sequence");
        assertTrue(second > first);
    }
}
