package io.credence.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A secret the embedded default keeps in a file of its own when none is configured: created once,
 * readable by its owner only, read at every start. Production configures its secrets instead.
 */
public final class KeyFiles {

    private static final Logger LOG = Logger.getLogger(KeyFiles.class);

    private KeyFiles() {}

    /**
     * The secret from configuration if set; else from the file (created from the generator when it
     * does not exist yet); with neither, a new one that lives as long as this process, with a warning.
     */
    public static String configuredOrKept(
            Optional<String> configured, Optional<String> file, Supplier<String> generator, String what) {
        return configured
                .filter(value -> !value.isBlank())
                .or(() -> file.filter(f -> !f.isBlank()).map(f -> readOrCreate(Path.of(f), generator, what)))
                .orElseGet(() -> {
                    LOG.warnf("Neither the %s nor a file for it is configured: it lives as long as this process", what);
                    return generator.get();
                });
    }

    /** The file's text (stripped), after writing a new one from the generator if the file does not exist. */
    private static String readOrCreate(Path path, Supplier<String> generator, String what) {
        try {
            if (Files.notExists(path)) {
                create(path, generator.get(), what);
            }
            return Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " in " + path, e);
        }
    }

    private static void create(Path path, String content, String what) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_READ_WRITE));
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
        Files.writeString(path, content + "\n", StandardCharsets.US_ASCII);
        LOG.infof("Generated the %s in %s; back it up, and configure it in production", what, path);
    }
}
