package io.credence.refusal;

/**
 * The version a change was made against, as its caller knows it: a version; none given where one is
 * required; something that names no single version (a "*", a list, a weak tag); or none asked for. A
 * service checks it against the current version once it holds the thing, so an unknown thing is still
 * "not found" before it is "stale".
 */
public final class ExpectedVersion {

    private enum Kind {
        ANY,
        MISSING,
        UNREADABLE,
        EXACT
    }

    private static final ExpectedVersion ANY = new ExpectedVersion(Kind.ANY, 0, null);
    private static final ExpectedVersion MISSING = new ExpectedVersion(Kind.MISSING, 0, null);

    private final Kind kind;
    private final long version;
    private final String given;

    private ExpectedVersion(Kind kind, long version, String given) {
        this.kind = kind;
        this.version = version;
        this.given = given;
    }

    /** No version asked for: the change applies to whatever is current. */
    public static ExpectedVersion any() {
        return ANY;
    }

    /** A version is required and none was given. */
    public static ExpectedVersion missing() {
        return MISSING;
    }

    /** What was given names no single version; it never matches. */
    public static ExpectedVersion unreadable(String given) {
        return new ExpectedVersion(Kind.UNREADABLE, 0, given);
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Kind.EXACT, version, null);
    }

    /** Refuses the change unless it was made against {@code current}. */
    public void check(String what, long current) {
        switch (kind) {
            case ANY -> {}
            case MISSING -> throw new VersionRequired(what, current);
            case UNREADABLE -> throw new StaleVersion(what, current, given + ", which names no single version");
            case EXACT -> {
                if (version != current) {
                    throw new StaleVersion(what, current, "version " + version);
                }
            }
        }
    }
}
