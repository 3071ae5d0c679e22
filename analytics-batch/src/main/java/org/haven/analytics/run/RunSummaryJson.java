package org.haven.analytics.run;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes run-summary.json: pretty-printed UTF-8, LF line ends, numbers never in exponent form. */
final class RunSummaryJson {

    static final String FILE_NAME = "run-summary.json";

    private static final DefaultIndenter LF_INDENTER = new DefaultIndenter("  ", "\n");

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(LF_INDENTER).withArrayIndenter(LF_INDENTER));

    private RunSummaryJson() {
    }

    static void write(RunSummaryFile summary, Path file) throws IOException {
        Files.writeString(file, WRITER.writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
    }
}
