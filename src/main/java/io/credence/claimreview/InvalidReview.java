package io.credence.claimreview;

/** A review in a feed that cannot be imported, with what is wrong with it in words for the report. */
class InvalidReview extends Exception {

    InvalidReview(String problem) {
        super(problem, null, false, false);
    }
}
