package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What sentence vectors read poorly, named: numbers, materials, verbs of opposite sense, negation. */
class RelationJudgeTest {

    private static final double SUBJECT = RelationJudge.Thresholds.SAME_SUBJECT_FROM;
    private static final double SAME = 0.5;
    private static final RelationJudge JUDGE = new RelationJudge(new RelationJudge.Thresholds(SUBJECT, SAME));
    private static final String CLAIM = "Moscow paid for the drones with at least 1.8 tons of gold bars";

    @Test
    void aHighScoreWithNothingApartIsTheSame() {
        assertEquals(
                Relation.SAME,
                JUDGE.judge("Russia paid Iran 1.8 tonnes of gold bullion for the drones", CLAIM, 0.8, SAME)
                        .relation());
    }

    @Test
    void aDifferentNumberMaterialOrNegationContradictsOnTheSameSubject() {
        // However unlikely the pair model finds it that the two state the same claim: they are on one subject.
        assertEquals(
                Relation.CONTRADICTS,
                JUDGE.judge("Moscow paid for the drones with 18 tons of gold", CLAIM, 0.9, 0.1)
                        .relation());
        assertEquals(
                Relation.CONTRADICTS,
                JUDGE.judge("Moscow paid for the drones with 1.8 tons of silver", CLAIM, 0.9, 0.1)
                        .relation());
        RelationJudge.Judgement negated =
                JUDGE.judge("Moscow did not pay Iran in gold for the drones", CLAIM, SUBJECT, 0.1);
        assertEquals(Relation.CONTRADICTS, negated.relation());
        assertEquals("the text is negated", negated.reason());
        assertEquals(
                Relation.CONTRADICTS,
                JUDGE.judge("Unemployment rose to 4.1 percent", "Unemployment fell to 4.1 percent", 0.9, 0.9)
                        .relation());
    }

    @Test
    void numbersWrittenDifferentlyAreTheSameNumber() {
        assertEquals(
                null,
                RelationJudge.difference("The company laid off 2,000 workers", "The company laid off 2000 workers"));
        assertEquals(null, RelationJudge.difference("1,8 tonnes of gold", "1.8 tons of gold"));
        assertEquals(null, RelationJudge.difference("The treaty was ratified", "The treaty was approved"));
        // One side giving a number the other leaves out is a detail, not a different fact.
        assertEquals(null, RelationJudge.difference("Moscow paid in gold", CLAIM));
    }

    @Test
    void aContrastInsideACompoundCountsButACompoundDeniesNothing() {
        assertEquals(
                "different [silver] against [gold]",
                RelationJudge.difference("The gold-plated drones were paid for", "The silver drones were paid for"));
        assertEquals(
                null,
                RelationJudge.difference(
                        "Russia declared a no-fly zone over the city", "Russia declared a flight ban over the city"));
        assertEquals(
                "the text is negated",
                RelationJudge.difference("Russia didn’t declare a no-fly zone", "Russia declared a no-fly zone"));
    }

    @Test
    void twoNegationsCancel() {
        assertEquals(null, RelationJudge.difference("It is not true that Moscow did not pay", "Moscow paid"));
    }

    @Test
    void belowTheSubjectThresholdEverythingIsRelated() {
        assertEquals(
                Relation.RELATED,
                JUDGE.judge("Moscow did not pay", CLAIM, SUBJECT - 0.01, SAME - 0.01)
                        .relation());
    }

    @Test
    void onTheSameSubjectButUnlikelyTheSameClaimIsRelated() {
        assertEquals(
                Relation.RELATED,
                JUDGE.judge("Moscow paid for the drones", CLAIM, 0.9, SAME - 0.01)
                        .relation());
    }

    @Test
    void theFirstCandidateOfAWholeTextIsTheSameFromItsOwnThreshold() {
        RelationJudge judge = new RelationJudge(new RelationJudge.Thresholds(SUBJECT, 0.9, 0.25));
        String text = "Russia paid Iran 1.8 tonnes of gold bullion for the drones";
        assertEquals(Relation.SAME, judge.judge(text, CLAIM, 0.5, 0.25, true).relation());
        assertEquals(
                Relation.RELATED, judge.judge(text, CLAIM, 0.5, 0.25, false).relation());
        assertEquals(Relation.RELATED, judge.judge(text, CLAIM, 0.5, 0.24, true).relation());
        assertEquals(Relation.SAME, judge.judge(text, CLAIM, 0.5, 0.9, false).relation());
        // What tells two apart still does, first or not.
        assertEquals(
                Relation.CONTRADICTS,
                judge.judge("Moscow paid for the drones with 18 tons of gold", CLAIM, 0.5, 0.95, true)
                        .relation());
    }

    @Test
    void aPostsSignatureAndLinksTellNothingApart() {
        // The date a post was written is not a date the claim states.
        assertEquals(
                null,
                RelationJudge.difference(
                        "The Odessa shooter had a Beto sticker on his truck. https://t.co/x1 — Sue Moore (@suemo54) September 1, 2019",
                        "The August 2019 Odessa shooter had a Beto sticker on his truck."));
    }

    @Test
    void yearsAreComparedWithYearsAndOtherNumbersWithOtherNumbers() {
        assertEquals(
                null,
                RelationJudge.difference(
                        "15 homeless people in Chicago were found frozen to death",
                        "15 homeless people in Chicago died in the cold of January 2019"));
        assertEquals(
                "different numbers: [2019] against [2018]",
                RelationJudge.difference("The law passed in 2018", "The law passed in 2019"));
        assertEquals(
                "different numbers: [15] against [50]", RelationJudge.difference("50 people died", "15 people died"));
        // A number that only looks like a year is a quantity.
        assertEquals(
                "different numbers: [3000] against [1962]",
                RelationJudge.difference("Officers seized 1962 kilograms", "Officers seized 3000 kilograms"));
    }

    @Test
    void oneMemberWrittenTwoWaysIsOneMember() {
        assertEquals(
                null,
                RelationJudge.difference(
                        "Republicans want to put y'all back in chains",
                        "Biden said Republican policies would put y'all back in chains"));
        assertEquals(
                null,
                RelationJudge.difference(
                        "Democrats passed a bill to fund college for immigrants",
                        "Democratic legislators passed a bill to fund college for immigrants"));
        assertEquals(
                "different [tank] against [drone]",
                RelationJudge.difference("Russia delivered 300 drones", "Russia delivered 300 tanks"));
    }

    @Test
    void aNegationDecidesBetweenStatementsOfASizeOnly() {
        assertEquals(
                "the text is negated", RelationJudge.difference("Moscow did not pay in gold", "Moscow paid in gold"));
        // A post three times the claim's length denies something else in it: its "not" is not the claim's.
        assertEquals(
                null,
                RelationJudge.difference(
                        "Fact check: the Army is contacting people about the draft by text. "
                                + "If you get such texts, do not answer them, they are scams, and nobody should reply at all.",
                        "The Army is sending texts about the draft"));
    }
}
