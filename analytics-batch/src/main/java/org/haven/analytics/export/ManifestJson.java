package org.haven.analytics.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes manifest.json: pretty-printed UTF-8 with LF line ends whatever the platform (Jackson's default
 * indenter uses the system line separator), two-space indents, fields in declaration order, map entries by
 * key, instants as ISO-8601 strings, a null {@code asOf} written out rather than omitted.
 */
public final class ManifestJson {

    public static final String FILE_NAME = "manifest.json";

    private static final DefaultIndenter LF_INDENTER = new DefaultIndenter("  ", "\n");

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(LF_INDENTER)
                    .withArrayIndenter(LF_INDENTER));

    private ManifestJson() {
    }

    /**
     * Writes {@code manifest} to {@code file}, replacing it in one move: a manifest that exists is complete, and a
     * crash leaves only the dot-file, which digests and readers ignore.
     */
    public static void write(Manifest manifest, Path file) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.writeString(partial, toJson(manifest), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's text, ending with a line feed. */
    public static String toJson(Manifest manifest) throws IOException {
        return WRITER.writeValueAsString(manifest) + "\n";
    }
}
