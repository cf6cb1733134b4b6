package org.esafety.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, finding 10: the embedded default's H2 files are readable by their owner only. */
class DataFilesTest {

    @Test
    void shouldFindTheFolderOfAnH2FileDatabaseOnly() {
        assertEquals(Optional.of(Path.of("./data").toAbsolutePath()),
                DataFiles.folder("jdbc:h2:file:./data/esafety;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals(Optional.empty(), DataFiles.folder("jdbc:h2:mem:esafety;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), DataFiles.folder("jdbc:postgresql://127.0.0.1:5432/esafety"));
    }

    @Test
    void shouldMakeTheFolderAndItsFilesOwnerOnly(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path db = Files.createFile(data.resolve("esafety.mv.db"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-r--r--")));

        DataFiles.ownerOnly(data);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    }
}
