package io.credence.api;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RoleKeys.As;
import io.credence.support.RowCounts;
import io.credence.text.ControlCharacters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text the service cannot store faithfully or hash unambiguously is refused up front: NUL
 * (PostgreSQL cannot store it), other control characters than tab and line breaks (0x1F is the
 * audit hash's field separator: a reason holding one could shift the boundary between two fields),
 * and unpaired UTF-16 surrogates (not Unicode text at all).
 */
@QuarkusTest
class ControlCharactersTest {

    @Inject
    RowCounts rows;

    @Test
    void aNulInABodyFieldIsAValidationErrorOnThatField() {
        // The test keys are issued on first use: issue them all before counting rows.
        for (As role : As.values()) {
            RoleKeys.bearer(role);
        }
        Map<String, Long> before = rows.snapshot();
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"text\":\"Gold\\u0000 bars were paid\"}")
                                .post("/claims")
                                .then(),
                        400,
                        "validation")
                .body("errors.field", hasItem("text"))
                .body("errors.message", hasItem(ControlCharacters.REFUSAL));
        assertEquals(before, rows.snapshot());
    }

    @Test
    void theHashSeparatorAndOtherControlCharactersAreRefusedInReasons() {
        String claim = Api.createClaim(Api.unique("Separated"));
        String item = Api.addEvidence(claim, Api.createSource(Api.unique("Separator wire"), "B"), "SUPPORTS", 2);
        Map<String, Long> before = rows.snapshot();
        for (String reason : new String[] {"Retracted\\u001f{forged}", "bell\\u0007", "escape\\u001b[31m"}) {
            problem(
                            given().contentType(ContentType.JSON)
                                    .body("{\"reason\":\"" + reason + "\"}")
                                    .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", hasItem("reason"));
        }
        assertEquals(before, rows.snapshot());
        // Tabs and line breaks are ordinary text.
        given().contentType(ContentType.JSON)
                .body("{\"reason\":\"Retracted:\\tsee\\r\\nthe correction\"}")
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                .then()
                .statusCode(200);
    }

    @Test
    void unpairedSurrogatesAreRefusedAndPairsAccepted() {
        Map<String, Long> before = rows.snapshot();
        for (String text : new String[] {"Gold \\ud83d bars", "Gold \\ude00 bars", "Gold bars \\ud83d"}) {
            problem(
                            given().contentType(ContentType.JSON)
                                    .body("{\"text\":\"" + text + "\"}")
                                    .post("/claims")
                                    .then(),
                            400,
                            "validation")
                    .body("errors.field", hasItem("text"));
        }
        assertEquals(before, rows.snapshot());
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"Gold bars \\ud83d\\ude00 " + Api.unique("paid") + "\"}")
                .post("/claims")
                .then()
                .statusCode(201);
    }

    @Test
    void aNulInAQueryParameterIsRefusedBeforeAnyQueryRuns() {
        problem(given().urlEncodingEnabled(false).get("/claims?q=gold%00bars").then(), 400, "validation")
                .body("errors.field", hasItem("q"));
        problem(given().urlEncodingEnabled(false).get("/sources?q=%00").then(), 400, "validation");
    }
}
