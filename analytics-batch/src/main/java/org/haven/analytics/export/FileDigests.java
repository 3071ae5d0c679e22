package org.haven.analytics.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of the files of a run, as manifest.json lists them, so a reader can check what they received. */
public final class FileDigests {

    private FileDigests() {
    }

    /** Lowercase hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * File name to SHA-256 of every regular file directly in {@code runFolder}, by name, except manifest.json (it
     * holds the digests) and names starting with '.' (partial and bookkeeping files, never outputs).
     */
    public static SortedMap<String, String> ofRunFolder(Path runFolder) throws IOException {
        SortedMap<String, String> digests = new TreeMap<>();
        try (Stream<Path> entries = Files.list(runFolder)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.equals(ManifestJson.FILE_NAME) && !name.startsWith(".")) {
                    digests.put(name, sha256(file));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Collections.unmodifiableSortedMap(digests);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
