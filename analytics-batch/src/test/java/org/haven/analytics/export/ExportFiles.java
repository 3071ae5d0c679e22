package org.haven.analytics.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a written file back as bytes, so that a BOM or a CR cannot hide behind a lenient reader. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** The file's text, after checking it is UTF-8 without BOM, with LF line ends only. */
    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("no UTF-8 BOM").doesNotStartWith("\uFEFF");
        assertThat(bytes).as("no CR").doesNotContain((byte) '\r');
        return text;
    }
}
