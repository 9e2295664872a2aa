package io.credence.persistence;

import java.util.Locale;

/** A case-insensitive "contains" pattern for SQL LIKE with {@code escape '\'}, wildcards in the input taken literally. */
public final class LikePattern {

    private LikePattern() {}

    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
