package io.credence.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/CONFIGURATION.md says what application.properties sets: a key added there without a line
 * here, or a default changed there and not here, fails the build (the README's table had drifted:
 * it still said 30 s for the key cache after it became 5 s).
 */
class ConfigurationDocumentedTest {

    /** A table row whose first cell is one key in backticks and whose second is one value in backticks. */
    private static final Pattern ONE_KEY_ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]*)` \\|");

    @Test
    void everyKeySetInTheDefaultProfileIsDocumentedWithItsDefault() throws IOException {
        Properties set = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            set.load(reader);
        }
        String page = Files.readString(Path.of("docs/CONFIGURATION.md"), StandardCharsets.UTF_8);

        List<String> missing = new ArrayList<>();
        for (String key : set.stringPropertyNames()) {
            if (key.startsWith("credence.")
                    && !key.startsWith("credence.db.session-sql.")
                    && !page.contains(key)
                    && !page.contains(key.substring(0, key.lastIndexOf('.') + 1))) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "set in application.properties, not in docs/CONFIGURATION.md: " + missing);

        int compared = 0;
        for (String line : page.lines().toList()) {
            Matcher row = ONE_KEY_ROW.matcher(line);
            if (row.find() && set.containsKey(row.group(1)) && !row.group(2).contains("…")) {
                assertEquals(set.getProperty(row.group(1)), row.group(2), "the default of " + row.group(1));
                compared++;
            }
        }
        assertTrue(compared >= 15, "the defaults of most one-key rows are compared, not " + compared);
    }
}
