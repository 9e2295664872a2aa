package io.credence.evidence;

import io.credence.claim.Claim;

/**
 * What a change to a claim's evidence sets off: the new item's wording judged, the claim assessed
 * again from all its items, in the same transaction. Keeping assessments current is its own package
 * (io.credence.reassessment, which reads evidence), so evidence names here only what it needs of it.
 */
public interface Reassessor {

    /** Sets the item's rumour penalty from its excerpt's wording. */
    void judgeWording(Evidence evidence);

    /**
     * Recomputes and stores the claim's assessment from all its items; call it before changing the
     * claim itself, so that the claim is written (and its version moved on) once.
     *
     * @param cause what triggered the reassessment, in words ("evidence … added")
     */
    void reassess(Claim claim, String cause);
}
