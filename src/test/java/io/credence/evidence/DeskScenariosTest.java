package io.credence.evidence;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a fact-checking desk sees through HTTP, one situation a test, with the shipped rules of
 * evidence (docs/ASSESSMENT.md): each says in a comment why the claim should have its status.
 * Grades are written the desk's way: B2 is a source rated B reporting with credibility 2.
 */
@QuarkusTest
class DeskScenariosTest {

    /** Neutral wording, so no rumour penalty blurs the arithmetic. */
    private static final String LEDGER = "The ministry ledger lists 1.8 tons of gold bars shipped to Tehran on 3 May.";

    private static final String LEDGER_EDITED =
            "The ministry ledger lists 1.8 tonnes of gold bars shipped to Tehran on 3 May.";

    @BeforeAll
    static void readNumbersAsDoubles() {
        Api.readNumbersAsDoubles();
    }

    // --- Volume does not confirm ------------------------------------------------------------------

    @Test
    void tenTabloidReportsDoNotMakeAClaimTrue() {
        // E3 is below the D4 every counting item needs: ten of them are still nothing
        String claim = claim();
        for (int i = 0; i < 10; i++) {
            add(claim, source("Tabloid", "E"), "SUPPORTS", 3);
        }
        status(claim, "UNVERIFIED")
                .body("explanation", containsString("10 weaker items are listed but do not count"))
                .body("likelihood", equalTo("not judged: too little evidence"))
                .body("computedRating", equalTo(3));
    }

    @Test
    void fivePossiblyTruePapersLeanTrueButDoNotConfirm() {
        // C3 ×5: P from the evidence is 0.875, but nothing rated A-B with credibility 1-2 backs it
        String claim = claim();
        for (int i = 0; i < 5; i++) {
            add(claim, source("Paper", "C"), "SUPPORTS", 3);
        }
        status(claim, "LIKELY_TRUE")
                .body("probability", equalTo(0.79))
                .body("likelihood", equalTo("likely"))
                .body("computedRating", equalTo(4));
        assessment(claim)
                .body("cap", equalTo("NO_STRONG_ITEM"))
                .body("explanation", containsString("nothing graded B2 or better, so it is not confirmed"))
                .body("derivation.probability", equalTo(7.0 / 8));
    }

    @Test
    void oneTabloidItemMoreLeavesTwoGoodReportsWhereTheyWere() {
        // B2 + B2 from two origins: CONFIRMED on their own (P = 5.48 / 6.48); the tabloid adds nothing
        String claim = claim();
        add(claim, source("Wire", "B"), "SUPPORTS", 2);
        add(claim, source("Agency", "B"), "SUPPORTS", 2);
        double before = status(claim, "CONFIRMED").extract().jsonPath().getDouble("probability");
        add(claim, source("Tabloid", "E"), "SUPPORTS", 3);
        status(claim, "CONFIRMED").body("probability", equalTo(before));
    }

    @Test
    void weakReportsCannotLiftAGoodOneIntoConfirmed() {
        // B2 alone leans true; three D4 blogs push P from all items past 0.80, but no second origin of C3 or better
        String claim = claim();
        add(claim, source("Wire", "B"), "SUPPORTS", 2);
        for (int i = 0; i < 3; i++) {
            add(claim, source("Blog", "D"), "SUPPORTS", 4);
        }
        status(claim, "LIKELY_TRUE");
        assessment(claim)
                .body("cap", equalTo("NO_SECOND_ORIGIN"))
                .body("explanation", containsString("no second independent origin graded C3 or better"));
    }

    @Test
    void oneWireAloneIsNotConfirmation() {
        // A1 alone: P 0.82 from the evidence, but a single origin never confirms
        String claim = claim();
        add(claim, source("Wire", "A"), "SUPPORTS", 1);
        status(claim, "LIKELY_TRUE").body("probability", equalTo(0.79));
    }

    @Test
    void theAssessmentSaysWhatWouldConfirmOrUndoASingleReport() {
        // B2 alone: rule 1 wants a second independent origin graded C3 or better
        String claim = claim();
        String report = add(claim, source("Wire", "B"), "SUPPORTS", 2);
        assessment(claim)
                .body(
                        "wouldChange.find { it.kind == 'ADD' && it.status == 'CONFIRMED' }.minimumGrades",
                        equalTo(List.of("C3")))
                .body(
                        "wouldChange.find { it.kind == 'ADD' && it.status == 'CONFIRMED' }.sentence",
                        equalTo(
                                "One more independent origin graded C3 or better that supports it would make it CONFIRMED."))
                .body("wouldChange.find { it.kind == 'WITHDRAW' }.evidenceId", equalTo(report))
                .body("wouldChange.find { it.kind == 'WITHDRAW' }.status", equalTo("UNVERIFIED"));

        // Doing exactly what it says: a C3 paper of another origin confirms
        add(claim, source("Paper", "C"), "SUPPORTS", 3);
        status(claim, "CONFIRMED");
    }

    @Test
    void aWireAndAnIndependentPaperConfirm() {
        // A1 + C3 from another origin: strong item and second origin, P = 5 / 6
        String claim = claim();
        add(claim, source("Wire", "A"), "SUPPORTS", 1);
        add(claim, source("Paper", "C"), "SUPPORTS", 3);
        status(claim, "CONFIRMED")
                .body("probability", equalTo(0.83))
                .body("likelihood", equalTo("very likely"))
                .body("computedRating", equalTo(5));
    }

    @Test
    void confirmationIsDecidedWithoutTheWeakItems() {
        // B2 + C3 confirm (P = 4.44 / 5.44 = 0.816); the D4 blog is listed but not part of it
        String claim = claim();
        add(claim, source("Wire", "B"), "SUPPORTS", 2);
        add(claim, source("Paper", "C"), "SUPPORTS", 3);
        add(claim, source("Blog", "D"), "SUPPORTS", 4);
        status(claim, "CONFIRMED").body("probability", equalTo(0.82));
        assessment(claim).body("derivation.items.role", equalTo(List.of("COUNTED", "COUNTED", "BELOW_BOUND")));
    }

    // --- Copies, citations, repeats ------------------------------------------------------------

    @Test
    void theSameExcerptRepublishedByFiveOutletsIsOneOrigin() {
        // not marked as citing, but word for word the same: the earliest outlet's report, counted once (B2)
        String claim = claim();
        for (int i = 0; i < 5; i++) {
            add(
                    claim,
                    source("Outlet", "B"),
                    "SUPPORTS",
                    2,
                    Map.of("excerpt", LEDGER, "observedAt", "2026-11-0" + (i + 1) + "T09:00:00Z"));
        }
        status(claim, "LIKELY_TRUE");
        JsonPath a = assessment(claim)
                .body("independentOrigins", equalTo(1))
                .body("explanation", containsString("4 other items repeat that report (counted once)"))
                .extract()
                .jsonPath();
        assertEquals(List.of("COUNTED", "COPY", "COPY", "COPY", "COPY"), a.getList("derivation.items.role"));
    }

    @Test
    void aNearlyIdenticalExcerptIsACopyOfTheEarlierOne() {
        // "tons" / "tonnes": the same text; one origin, the earlier one's
        String claim = claim();
        String first = add(
                claim,
                source("Wire", "B"),
                "SUPPORTS",
                2,
                Map.of("excerpt", LEDGER, "observedAt", "2026-11-01T09:00:00Z"));
        add(
                claim,
                source("Paper", "B"),
                "SUPPORTS",
                2,
                Map.of("excerpt", LEDGER_EDITED, "observedAt", "2026-11-01T11:00:00Z"));
        assessment(claim)
                .body("derivation.items[1].role", equalTo("COPY"))
                .body("derivation.items[1].copyOf", equalTo(first))
                .body("independentOrigins", equalTo(1));
    }

    @Test
    void anEditorCanRuleACopyIndependent() {
        // the paper checked the ledger itself: two origins, B2 + B2 confirm
        String claim = claim();
        add(claim, source("Wire", "B"), "SUPPORTS", 2, Map.of("excerpt", LEDGER, "observedAt", "2026-11-01T09:00:00Z"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "sourceId",
                        source("Paper", "B"),
                        "stance",
                        "SUPPORTS",
                        "credibility",
                        2,
                        "excerpt",
                        LEDGER,
                        "observedAt",
                        "2026-11-01T10:00:00Z",
                        "independent",
                        true))
                .post("/claims/{id}/evidence", claim)
                .then()
                .statusCode(201)
                .body("independent", equalTo(true));
        status(claim, "CONFIRMED");
    }

    @Test
    void anEditorCanRuleACopyIndependentAfterItWasAdded() {
        // entered as copies of one report; the desk then learns the paper saw the ledger itself
        String claim = claim();
        add(claim, source("Wire", "B"), "SUPPORTS", 2, Map.of("excerpt", LEDGER, "observedAt", "2026-11-01T09:00:00Z"));
        String paper = add(
                claim,
                source("Paper", "B"),
                "SUPPORTS",
                2,
                Map.of("excerpt", LEDGER, "observedAt", "2026-11-01T10:00:00Z"));
        status(claim, "LIKELY_TRUE");
        given().contentType(ContentType.JSON)
                .body(Map.of("independent", true, "reason", "Obtained the ledger itself"))
                .put("/claims/{c}/evidence/{e}/independence", claim, paper)
                .then()
                .statusCode(200)
                .body("independent", equalTo(true));
        status(claim, "CONFIRMED");
        given().get("/claims/{id}/history", claim).then().body("action", hasItem("evidence.independence-ruled"));
        Api.problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("independent", true))
                        .put("/claims/{c}/evidence/{e}/independence", claim, paper)
                        .then(),
                400,
                "validation");
    }

    @Test
    void aChainOfCitationsBackToOneWireIsOneOrigin() {
        // X cites the wire, Y cites X, Z cites Y: all the wire's report
        String claim = claim();
        String wire = source("Wire", "A");
        String x = source("X", "B");
        String y = source("Y", "B");
        String z = source("Z", "B");
        add(claim, x, "SUPPORTS", 2, Map.of("citesSourceId", wire));
        add(claim, y, "SUPPORTS", 2, Map.of("citesSourceId", x));
        add(claim, z, "SUPPORTS", 2, Map.of("citesSourceId", y));
        JsonPath a = assessment(claim)
                .body("independentOrigins", equalTo(1))
                .extract()
                .jsonPath();
        assertEquals(List.of(wire, wire, wire), a.getList("derivation.items.originId"));
        assertEquals(4, a.getList("derivation.items[2].path").size());
        status(claim, "LIKELY_TRUE");
    }

    @Test
    void aCitationCycleIsOneOriginAndSaidSo() {
        String claim = claim();
        String x = source("X", "B");
        String y = source("Y", "B");
        add(claim, x, "SUPPORTS", 2, Map.of("citesSourceId", y));
        add(claim, y, "SUPPORTS", 2, Map.of("citesSourceId", x));
        assessment(claim).body("independentOrigins", equalTo(1)).body("explanation", containsString("citation cycle"));
    }

    @Test
    void aBlogRumourPassedOnByAGoodOutletCountsAsTheBlog() {
        // B outlet repeating an F blog: worth no more than the blog (F2), below the bound
        String claim = claim();
        add(claim, source("Outlet", "B"), "SUPPORTS", 2, Map.of("citesSourceId", source("Blog", "F")));
        status(claim, "UNVERIFIED");
        assessment(claim)
                .body("derivation.items[0].grade", equalTo("F2"))
                .body("derivation.items[0].role", equalTo("BELOW_BOUND"));
    }

    @Test
    void reratingTheCitedSourceChangesWhatItsRepeatersAreWorth() {
        // the outlet repeats a blog of unknown reliability; once the blog is rated A the outlet counts at B
        String claim = claim();
        String blog = source("Blog", "F");
        add(claim, source("Outlet", "B"), "SUPPORTS", 2, Map.of("citesSourceId", blog));
        status(claim, "UNVERIFIED");
        Api.rerate(blog, "A", "Original documents checked");
        status(claim, "LIKELY_TRUE");
    }

    // --- Retractions and corrections ---------------------------------------------------------------

    @Test
    void whenTheWireWithdrawsItsReportTheCopiesCitingItStopCounting() {
        // three outlets cited the wire; the wire's item is withdrawn: nothing stands, and nothing says "likely"
        String claim = claim();
        String wire = source("Wire", "B");
        String report = add(claim, wire, "SUPPORTS", 2);
        for (int i = 0; i < 3; i++) {
            add(claim, source("Outlet", "B"), "SUPPORTS", 2, Map.of("citesSourceId", wire));
        }
        status(claim, "LIKELY_TRUE");
        withdraw(claim, report, "The agency retracted the report");
        status(claim, "UNVERIFIED")
                .body("likelihood", equalTo("not judged: too little evidence"))
                .body("computedRating", equalTo(3))
                .body("explanation", containsString("3 items repeat"));
        assessment(claim)
                .body(
                        "derivation.items.role",
                        equalTo(List.of("WITHDRAWN", "REPEATS_WITHDRAWN", "REPEATS_WITHDRAWN", "REPEATS_WITHDRAWN")));
    }

    @Test
    void aCorrectionFromTheSameSourceReplacesItsEarlierReport() {
        // the paper first supported, then published a correction: one origin that now refutes, not CONTESTED
        String claim = claim();
        String paper = source("Paper", "B");
        add(claim, paper, "SUPPORTS", 2, Map.of("observedAt", "2026-11-01T09:00:00Z"));
        add(claim, paper, "REFUTES", 2, Map.of("observedAt", "2026-11-02T09:00:00Z"));
        status(claim, "LIKELY_FALSE");
        assessment(claim)
                .body("derivation.items[0].role", equalTo("SUPERSEDED"))
                .body("explanation", containsString("corrected its earlier report"));
    }

    @Test
    void theLaterObservedItemIsTheCorrectionWhateverOrderTheDeskEnteredThem() {
        // the correction was entered first but observed earlier: the support observed later is the paper's word
        String claim = claim();
        String paper = source("Paper", "B");
        add(claim, paper, "REFUTES", 2, Map.of("observedAt", "2026-11-01T09:00:00Z"));
        add(claim, paper, "SUPPORTS", 2, Map.of("observedAt", "2026-11-03T09:00:00Z"));
        status(claim, "LIKELY_TRUE");
    }

    @Test
    void anotherSourcesRefutationIsDisagreementNotACorrection() {
        // A2 + A2 supporting against A2 + A2 refuting: strong evidence both ways
        String claim = claim();
        add(claim, source("Wire", "A"), "SUPPORTS", 2);
        add(claim, source("Agency", "A"), "SUPPORTS", 2);
        add(claim, source("Ministry", "A"), "REFUTES", 2);
        add(claim, source("Registry", "A"), "REFUTES", 2);
        status(claim, "CONTESTED")
                .body("likelihood", equalTo("not judged: the evidence conflicts"))
                .body("computedRating", equalTo(3));
    }

    // --- Refutation ----------------------------------------------------------------------------------

    @Test
    void twoIndependentStrongRefutationsMakeItFalse() {
        String claim = claim();
        add(claim, source("Registry", "A"), "REFUTES", 1);
        add(claim, source("Ministry", "A"), "REFUTES", 2);
        status(claim, "FALSE").body("computedRating", equalTo(1)).body("likelihood", equalTo("very unlikely"));
    }

    @Test
    void fivePossiblyTrueRefutationsLeanFalseButDoNotMakeItFalse() {
        String claim = claim();
        for (int i = 0; i < 5; i++) {
            add(claim, source("Paper", "C"), "REFUTES", 3);
        }
        status(claim, "LIKELY_FALSE").body("probability", equalTo(0.21)).body("likelihood", equalTo("unlikely"));
    }

    // --- Words, numbers, history -------------------------------------------------------------------

    @Test
    void aNewClaimSaysItHasNoEvidenceYet() {
        status(claim(), "UNVERIFIED")
                .body(
                        "explanation",
                        equalTo("Unverified: no evidence graded D4 or better either "
                                + "way; too little evidence to judge."));
    }

    @Test
    void aThinlyEvidencedRumourIsARumour() {
        String claim = Api.createClaim(unique("Rumor has it that sources say the minister resigned"));
        add(claim, source("Blog", "D"), "SUPPORTS", 3);
        status(claim, "RUMOUR");
    }

    @Test
    void theAssessmentSpeaksInSourceNamesAndRoundedNumbers() {
        // "Leans true: Reuters-like (B2) reports it first-hand, and 2 other items repeat that report …"
        String claim = claim();
        String wireName = unique("Wire");
        String wire = Api.createSource(wireName, "B");
        add(claim, wire, "SUPPORTS", 2);
        add(claim, source("Outlet", "C"), "SUPPORTS", 2, Map.of("citesSourceId", wire));
        add(claim, source("Outlet", "C"), "SUPPORTS", 2, Map.of("citesSourceId", wire));
        JsonPath a = assessment(claim)
                .body(
                        "explanation",
                        equalTo(
                                "Leans true: " + wireName + " (B2) reports it "
                                        + "first-hand, and 2 other items repeat that report (counted once); no independent confirmation."))
                .body("derivation.items.sourceName", hasItem(wireName))
                .extract()
                .jsonPath();
        for (String field : List.of("probability", "belief", "disbelief", "uncertainty")) {
            double value = a.getDouble(field);
            assertEquals(Math.round(value * 100) / 100.0, value, 0.0, field + " is not rounded to the hundredth");
        }
        assertEquals(3.24 / 4.24, a.getDouble("derivation.probability"), 1e-12);
        given().get("/claims/{id}", claim)
                .then()
                .body("probability", equalTo(0.76))
                .body("explanation", equalTo(a.getString("explanation")));
    }

    @Test
    void aComputedStatusChangeIsInTheClaimsOwnHistoryWithItsCause() {
        String claim = claim();
        String wire = source("Wire", "A");
        String item = add(claim, wire, "SUPPORTS", 2);
        Api.rerate(wire, "E", "Fabricated quotes");
        List<Map<String, Object>> changes = given().get("/claims/{id}/history", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("findAll { it.action == 'claim.status-computed' }");
        assertEquals(2, changes.size(), "one change for the evidence, one for the re-rating: " + changes);
        assertEquals("engine", changes.get(0).get("actor"));
        assertEquals("evidence " + item + " added", changes.get(0).get("reason"));
        assertEquals("LIKELY_TRUE", ((Map<?, ?>) changes.get(0).get("after")).get("status"));
        assertTrue(
                ((String) changes.get(1).get("reason")).contains("re-rated E"),
                changes.get(1).toString());
        assertEquals("UNVERIFIED", ((Map<?, ?>) changes.get(1).get("after")).get("status"));
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anEditorsReadingOfEveryItemIsInTheDerivation() {
        String claim = claim();
        add(claim, source("Wire", "B"), "SUPPORTS", 2);
        add(claim, source("Museum", "A"), "CONTEXT", 1);
        assessment(claim)
                .body("derivation.items.note", everyItem(not(nullValue())))
                .body("derivation.items[1].role", equalTo("CONTEXT"))
                .body("derivation.thresholds.countsFrom", equalTo("D4"))
                .body("derivation.thresholds.confirmsFrom", equalTo("B2"))
                .body("derivation.thresholds.secondFrom", equalTo("C3"));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String claim() {
        return Api.createClaim(unique("Gold for drones, desk case"));
    }

    private static String source(String kind, String reliability) {
        return Api.createSource(unique(kind), reliability);
    }

    private static String add(String claim, String source, String stance, int credibility) {
        return add(claim, source, stance, credibility, Map.of());
    }

    private static String add(String claim, String source, String stance, int credibility, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("sourceId", source);
        body.put("stance", stance);
        body.put("credibility", credibility);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/claims/{id}/evidence", claim)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void withdraw(String claim, String item, String reason) {
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse status(String claim, String expected) {
        return given().get("/claims/{id}", claim).then().statusCode(200).body("status", equalTo(expected));
    }

    private static ValidatableResponse assessment(String claim) {
        return given().get("/claims/{id}/assessment", claim).then().statusCode(200);
    }
}
