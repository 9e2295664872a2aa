package io.credence.console;

import io.credence.access.ConsoleSessions;
import io.credence.access.Role;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who is looking at a console page, and what the page may offer them: roles as in the API (an editor
 * edits, an auditor and an admin read the trail, an admin also rates sources).
 */
public record Viewer(String name, Role role, String csrf) {

    /** The viewer of a page; anonymous (or a key sent in a header rather than a session) is asked to sign in. */
    static Viewer of(SecurityIdentity caller) {
        String csrf = caller == null ? null : caller.getAttribute(ConsoleSessions.CSRF_ATTRIBUTE);
        if (caller == null || caller.isAnonymous() || csrf == null) {
            throw new SignInNeeded();
        }
        for (Role role : Role.values()) {
            if (caller.hasRole(role.roleName())) {
                return new Viewer(caller.getPrincipal().getName(), role, csrf);
            }
        }
        throw new SignInNeeded();
    }

    /**
     * The viewer sending a form, which must carry the session's own token (the synchronizer-token
     * pattern): a form another site makes a signed-in browser send cannot know it.
     */
    static Viewer acting(SecurityIdentity caller, String csrf) {
        Viewer viewer = of(caller);
        if (csrf == null
                || !MessageDigest.isEqual(
                        csrf.getBytes(StandardCharsets.UTF_8), viewer.csrf.getBytes(StandardCharsets.UTF_8))) {
            throw new FormNotOurs();
        }
        return viewer;
    }

    public boolean editor() {
        return role == Role.EDITOR;
    }

    public boolean readsTrail() {
        return role == Role.AUDITOR || role == Role.ADMIN;
    }

    public String roleName() {
        return role.roleName();
    }

    /** Refuses (403) a viewer whose role may not do this. */
    Viewer require(Role... allowed) {
        for (Role r : allowed) {
            if (r == role) {
                return this;
            }
        }
        throw new NotAllowed("A " + role.roleName() + " key may not do this here; it takes " + names(allowed) + ".");
    }

    private static String names(Role... roles) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < roles.length; i++) {
            out.append(i == 0 ? "" : i == roles.length - 1 ? " or " : ", ").append(roles[i].roleName());
        }
        return out.toString();
    }

    /** Nobody is signed in (or the session ended): the console answers with the sign-in page. */
    static final class SignInNeeded extends RuntimeException {
        SignInNeeded() {
            super(null, null, false, false);
        }
    }

    /** A form without the session's token: from another site, or from a page of an ended session. */
    static final class FormNotOurs extends RuntimeException {
        FormNotOurs() {
            super(null, null, false, false);
        }
    }

    /** The viewer's role does not allow the action. */
    static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message, null, false, false);
        }
    }
}
