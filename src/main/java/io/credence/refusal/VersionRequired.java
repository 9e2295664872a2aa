package io.credence.refusal;

/** The change must say which version it was made against, and did not. */
public final class VersionRequired extends Refusal {

    VersionRequired(String what, long current) {
        super("This change needs the version of the " + what + " it was made against (\"" + current + "\" now)");
    }
}
