package io.credence.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aNewOrExistingDataDirectoryAndEverythingInItAreTheOwnersOnly() throws Exception {
        Path fresh = root.resolve("data");
        DataDirectory.restrict(fresh);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path open = Files.createDirectory(
                root.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx")); // past the umask
        Path database = Files.writeString(open.resolve("credence.mv.db"), "H2");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Path index = Files.createDirectory(open.resolve("claim-index"));
        Path segment = Files.writeString(index.resolve("segments_1"), "Lucene");
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-rw-r--"));
        DataDirectory.restrict(open);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(open)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(segment)));
    }
}
