package org.haven.survey.study;

import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateInstrumentCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_usable_instrument_file_exits_0_naming_the_version() throws IOException {
        Path file = write("esti.json", esti());

        assertThat(run("--validate-instrument", file.toString())).isZero();
        assertThat(out()).contains("instrument esti version 1 (36 items) can be published");
    }

    @Test
    void every_problem_of_a_file_is_printed_and_it_exits_1() throws IOException {
        String broken = esti().replaceFirst("\"scale\": \"agree7\"", "\"scale\": \"agree5\"")
                .replaceFirst("\"reverse\"", "\"revrse\"");
        Path file = write("broken.json", broken);

        assertThat(run("--validate-instrument=" + file)).isEqualTo(1);
        assertThat(out()).contains("unknown field 'revrse'", "line");
        Path unknownScale = write("scale.json", esti().replaceFirst("\"scale\": \"agree7\"", "\"scale\": \"agree5\""));
        out.reset();
        assertThat(run("--validate-instrument", unknownScale.toString())).isEqualTo(1);
        assertThat(out()).contains("refers to unknown scale 'agree5'");
    }

    @Test
    void a_missing_file_or_argument_exits_2() {
        assertThat(run("--validate-instrument", folder.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
        assertThat(run("--validate-instrument")).isEqualTo(2);
    }

    private int run(String... args) {
        String file = ValidateInstrumentCommand.fileArgument(args).orElseThrow();
        return ValidateInstrumentCommand.run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static String esti() throws IOException {
        try (InputStream in = InstrumentLoader.class.getResourceAsStream(InstrumentLoader.ESTI_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
