package io.credence.access;

/** Role names for {@code @RolesAllowed}, and the usual groups of them. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String CMS = "cms";
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
