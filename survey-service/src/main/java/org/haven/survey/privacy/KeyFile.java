package org.haven.survey.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A Base64 key kept in a file of the embedded demo's data folder, readable by its owner only. A deployment
 * configures its keys instead and keeps them apart from the database.
 */
public final class KeyFile {

    private KeyFile() {
    }

    /** The file's key (trimmed), if the file exists. */
    public static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file, e);
        }
    }

    /** Writes a new key file, owner-only where the file system has POSIX permissions. */
    public static void create(Path file, String base64Key) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, base64Key, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the data folder's own protection applies
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the key file " + file, e);
        }
    }
}
