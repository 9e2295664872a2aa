package io.credence.access;

import com.ibm.icu.text.Normalizer2;
import io.credence.audit.AuditWriter;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a key's owner may be called. The owner is the actor the trail names, so it must read as what
 * it is and name one party: printable, not a name the service acts under, and not alike to another
 * key's owner.
 */
final class OwnerNames {

    /** The names the service itself acts under in the trail. */
    private static final Set<String> RESERVED = Set.of(ApiKeys.BOOTSTRAP_OWNER, AuditWriter.SYSTEM, AuditWriter.ENGINE);
    /**
     * Letters, marks, numbers, punctuation, symbols and spaces; no control, format (zero-width,
     * bidirectional overrides and isolates, byte-order mark), private-use or unassigned characters,
     * which would let two different owners look alike in the trail.
     */
    private static final Pattern READABLE = Pattern.compile("[^\\p{C}\\p{Zl}\\p{Zp}]+");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Unicode's folding for comparing identifiers: compatibility forms and case made one. */
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private OwnerNames() {}

    static boolean readable(String owner) {
        return READABLE.matcher(owner).matches();
    }

    static boolean reserved(String owner) {
        return RESERVED.contains(comparable(owner));
    }

    /**
     * The name as two names are compared: NFKC case-folded, white space collapsed, so "Desk Editor",
     * "desk  editor" and "Ｄｅｓｋ editor" are one name.
     */
    static String comparable(String owner) {
        return SPACES.matcher(NFKC_CASEFOLD.normalize(owner.strip())).replaceAll(" ");
    }
}
