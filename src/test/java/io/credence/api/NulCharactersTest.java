package io.credence.api;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL cannot store a NUL character in text: requests carrying one are refused up front. */
@QuarkusTest
class NulCharactersTest {

    @Inject
    RowCounts rows;

    @Test
    void aNulInABodyFieldIsAValidationErrorOnThatField() {
        Map<String, Long> before = rows.snapshot();
        problem(given().contentType(ContentType.JSON).body("{\"text\":\"Gold\\u0000 bars were paid\"}")
                .post("/claims").then(), 400, "validation")
                .body("errors.field", hasItem("text"))
                .body("errors.message", hasItem("must not contain NUL characters"));
        assertEquals(before, rows.snapshot());
    }

    @Test
    void aNulInAQueryParameterIsRefusedBeforeAnyQueryRuns() {
        problem(given().urlEncodingEnabled(false).get("/claims?q=gold%00bars").then(), 400, "validation")
                .body("errors.field", hasItem("q"));
        problem(given().urlEncodingEnabled(false).get("/sources?q=%00").then(), 400, "validation");
    }
}
