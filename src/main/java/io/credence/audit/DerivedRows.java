package io.credence.audit;

import java.util.Optional;

/**
 * Rows computed from other rows, such as a claim's stored assessment from its evidence and sources.
 * Checked after the trail has been replayed against the rows they are computed from
 * ({@link AuditedRows}), so a hand edit is named where it was made, not where it shows.
 */
public interface DerivedRows {

    /** The first row that is not what its inputs give, if any. */
    Optional<String> disagreement();
}
