package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What sentence vectors read poorly, named: numbers, materials, verbs of opposite sense, negation. */
class RelationJudgeTest {

    private static final RelationJudge JUDGE = new RelationJudge(RelationJudge.Thresholds.STANDARD);
    private static final String CLAIM = "Moscow paid for the drones with at least 1.8 tons of gold bars";

    @Test
    void aHighScoreWithNothingApartIsTheSame() {
        assertEquals(Relation.SAME, JUDGE.judge("Russia paid Iran 1.8 tonnes of gold bullion for the drones", CLAIM, 0.8).relation());
    }

    @Test
    void aDifferentNumberMaterialOrNegationContradicts() {
        assertEquals(Relation.CONTRADICTS, JUDGE.judge("Moscow paid for the drones with 18 tons of gold", CLAIM, 0.9).relation());
        assertEquals(Relation.CONTRADICTS, JUDGE.judge("Moscow paid for the drones with 1.8 tons of silver", CLAIM, 0.9).relation());
        RelationJudge.Judgement negated = JUDGE.judge("Moscow did not pay Iran in gold for the drones", CLAIM, 0.8);
        assertEquals(Relation.CONTRADICTS, negated.relation());
        assertEquals("the text is negated", negated.reason());
        assertEquals(Relation.CONTRADICTS, JUDGE.judge("Unemployment rose to 4.1 percent", "Unemployment fell to 4.1 percent", 0.9).relation());
    }

    @Test
    void numbersWrittenDifferentlyAreTheSameNumber() {
        assertEquals(null, RelationJudge.difference("The company laid off 2,000 workers", "The company laid off 2000 workers"));
        assertEquals(null, RelationJudge.difference("1,8 tonnes of gold", "1.8 tons of gold"));
        assertEquals(null, RelationJudge.difference("The treaty was ratified", "The treaty was approved"));
        // One side giving a number the other leaves out is a detail, not a different fact.
        assertEquals(null, RelationJudge.difference("Moscow paid in gold", CLAIM));
    }

    @Test
    void aContrastInsideACompoundCountsButACompoundDeniesNothing() {
        assertEquals("different [silver] against [gold]",
                RelationJudge.difference("The gold-plated drones were paid for", "The silver drones were paid for"));
        assertEquals(null, RelationJudge.difference("Russia declared a no-fly zone over the city", "Russia declared a flight ban over the city"));
        assertEquals("the text is negated",
                RelationJudge.difference("Russia didn’t declare a no-fly zone", "Russia declared a no-fly zone"));
    }

    @Test
    void twoNegationsCancel() {
        assertEquals(null, RelationJudge.difference("It is not true that Moscow did not pay", "Moscow paid"));
    }

    @Test
    void belowTheSubjectThresholdEverythingIsRelated() {
        assertEquals(Relation.RELATED, JUDGE.judge("Moscow did not pay", CLAIM, 0.3).relation());
        assertEquals(Relation.RELATED, JUDGE.judge(CLAIM, CLAIM, 0.6).relation());
    }
}
