package org.haven.analytics.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FileDigestsTest {

    // FIPS 180-2 appendix B.1 and the digest of no bytes, as published (e.g. `printf abc | sha256sum`)
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path folder;

    @Test
    void the_sha256_of_abc_is_the_published_one_in_lowercase_hex() throws IOException {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");

        assertThat(FileDigests.sha256(file)).isEqualTo(SHA256_OF_ABC);
    }

    @Test
    void the_sha256_of_an_empty_file_is_that_of_no_bytes() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.csv"));

        assertThat(FileDigests.sha256(file)).isEqualTo(SHA256_OF_NOTHING);
    }

    @Test
    void a_run_folder_lists_its_regular_files_by_name_except_the_manifest_and_dot_files() throws IOException {
        Files.writeString(folder.resolve("statistics.csv"), "abc");
        Files.createFile(folder.resolve("codebook.csv"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        Files.writeString(folder.resolve(".manifest.json.partial"), "{");
        Files.writeString(folder.resolve(".fold-journal"), "x");
        Files.createDirectory(folder.resolve("charts"));

        assertThat(FileDigests.ofRunFolder(folder)).containsExactly(
                org.assertj.core.api.Assertions.entry("codebook.csv", SHA256_OF_NOTHING),
                org.assertj.core.api.Assertions.entry("statistics.csv", SHA256_OF_ABC));
    }
}
