package io.credence.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.assessment.Status;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StatusBandsTest {

    @Test
    void onlyMovesToOrFromAStatusANewsroomActsOnMatter() {
        assertEquals(
                EnumSet.of(Status.FALSE, Status.LIKELY_FALSE, Status.CONTESTED, Status.CONFIRMED),
                StatusBands.ACTED_ON);
        assertEquals(false, StatusBands.matters(Status.RUMOUR, Status.UNPROVEN));
        assertEquals(true, StatusBands.matters(Status.CONTESTED, Status.UNVERIFIED));
        assertEquals(false, StatusBands.matters(Status.UNVERIFIED, Status.LIKELY_TRUE));
        assertEquals(true, StatusBands.matters(Status.LIKELY_TRUE, Status.CONFIRMED));
        assertEquals(true, StatusBands.matters(Status.FALSE, Status.LIKELY_FALSE));
        assertEquals(false, StatusBands.matters(Status.FALSE, Status.FALSE));
    }
}
