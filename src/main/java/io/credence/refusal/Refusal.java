package io.credence.refusal;

/**
 * What a service refuses, in the domain's own terms: a thing that does not exist, a change that
 * conflicts with the current state, a change made against a version that is no longer current, input
 * that breaks a rule, a reference to something unknown, input too large to read or with nothing readable in it, a caller past its budget of work. Services throw these and know nothing of HTTP;
 * the API maps each to its problem type (io.credence.api.ProblemMappers) and the console says it on the
 * page.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound,
                Conflict,
                StaleVersion,
                VersionRequired,
                Invalid,
                UnknownReference,
                TooLarge,
                Unreadable,
                OverBudget {

    Refusal(String message) {
        super(message, null, false, false);
    }
}
