package io.credence.article;

import io.credence.assessment.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which status moves an article's editor must hear of. A move to or from a status a newsroom acts
 * on (FALSE, LIKELY_FALSE, CONTESTED, CONFIRMED) can turn a sentence into one that needs a
 * correction, a caveat, or can lose one; a move among the others (UNVERIFIED to LIKELY_TRUE, say)
 * changes nothing an article said.
 */
final class StatusBands {

    static final Set<Status> ACTED_ON =
            EnumSet.of(Status.FALSE, Status.LIKELY_FALSE, Status.CONTESTED, Status.CONFIRMED);

    private StatusBands() {}

    static boolean matters(Status from, Status to) {
        return from != to && (ACTED_ON.contains(from) || ACTED_ON.contains(to));
    }
}
