package io.credence.access;

/**
 * What an API key may do. Each key has exactly one role.
 * <ul>
 *   <li>admin: API keys and sources (and reading everything, the audit trail included)</li>
 *   <li>editor: a fact-checker; claims, evidence, verdicts, workflow</li>
 *   <li>cms: a newsroom system; registers claims, analyzes text, reads</li>
 *   <li>auditor: reads everything, the audit trail included; writes nothing</li>
 * </ul>
 */
public enum Role {
    ADMIN(Roles.ADMIN),
    EDITOR(Roles.EDITOR),
    CMS(Roles.CMS),
    AUDITOR(Roles.AUDITOR);

    private final String name;

    Role(String name) {
        this.name = name;
    }

    /** The role's name in @RolesAllowed and in the API. */
    public String roleName() {
        return name;
    }
}
