package org.esafety.ops;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded default keeps children's safeguarding records in H2 files under {@code ./data} (issue 17, finding
 * 10): at every start the folder is made 0700 and its files 0600, so that no other account on the machine can read
 * the database, its trace file or the keys beside it, whatever the umask was when they were created. Nothing to do
 * on PostgreSQL or where the file system has no POSIX permissions.
 */
@ApplicationScoped
public class DataFiles {

    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;:][^;]*)");

    private final Optional<String> url;

    public DataFiles(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
        this.url = url;
    }

    void onStart(@Observes StartupEvent event) {
        folder(url.orElse("")).ifPresent(DataFiles::ownerOnly);
    }

    /** The folder of an H2 file database's URL ({@code jdbc:h2:file:./data/esafety} → {@code ./data}). */
    static Optional<Path> folder(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:mem:") || jdbcUrl.startsWith("jdbc:h2:tcp:") || jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        Matcher m = H2_FILE.matcher(jdbcUrl);
        if (!m.find()) {
            return Optional.empty();
        }
        Path parent = Path.of(m.group(1)).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    static void ownerOnly(Path folder) {
        if (!Files.isDirectory(folder) || !folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            Log.warnf("Could not make %s readable by its owner only: %s", folder, e.getClass().getSimpleName());
        }
    }
}
