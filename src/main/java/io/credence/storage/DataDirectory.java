package io.credence.storage;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The embedded default keeps its database, claim index and keys under one directory
 * ({@code credence.data-dir}, ./data). At start it and the directories in it are made the service
 * user's own (0700) and the files in it readable and writable by that user only (0600): the H2 file
 * holds everything, and the keys sign checkpoints and seal secrets. Files created later inside are
 * out of other users' reach through the directory whatever mode they get.
 */
@Startup
@ApplicationScoped
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    DataDirectory(@ConfigProperty(name = "credence.data-dir") Optional<String> dir) {
        dir.filter(d -> !d.isBlank()).map(Path::of).ifPresent(DataDirectory::restrict);
    }

    static void restrict(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> inside = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) inside::iterator) {
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_ONLY : OWNER_READ_WRITE);
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            LOG.warnf("%s is on a file system without POSIX permissions: restrict it by hand", dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the data directory " + dir, e);
        }
    }
}
