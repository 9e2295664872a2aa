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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The embedded default keeps its database, claim index and audit signing key under one directory
 * ({@code credence.data-dir}, ./data). It is made readable by the service's own user only (0700) at
 * start: the H2 file holds everything, webhook secrets included, and the key signs checkpoints.
 * Every file in it is then out of other users' reach whatever mode it was created with.
 */
@Startup
@ApplicationScoped
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    DataDirectory(@ConfigProperty(name = "credence.data-dir") Optional<String> dir) {
        dir.filter(d -> !d.isBlank()).map(Path::of).ifPresent(DataDirectory::restrict);
    }

    static void restrict(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            LOG.warnf("%s is on a file system without POSIX permissions: restrict it by hand", dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the data directory " + dir, e);
        }
    }
}
