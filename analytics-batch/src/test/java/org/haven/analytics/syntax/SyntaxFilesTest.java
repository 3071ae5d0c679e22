package org.haven.analytics.syntax;

import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The syntax files of a small two-version instrument whose texts carry what each package's strings must escape.
 * haven.do cannot be run here (no Stata), so it is compared with an approved copy, read by a person against Stata's
 * documentation; R and PSPP run the other two in the batch's integration tests.
 */
class SyntaxFilesTest {

    private static final String APPROVED = "/syntax/approved-haven.do";

    @TempDir
    Path folder;

    static List<Instrument> instruments() {
        Scale agree = new Scale("agree5", 1, 5, List.of(new ValueLabel(1, "don't agree"), new ValueLabel(3, "50/50"),
                new ValueLabel(5, "agree \"fully\"")));
        Scale slider = new Scale("slider", 0, 100, List.of());
        List<Subscale> subscales = List.of(new Subscale("calm", "calm"), new Subscale("trust", "trust"));
        List<Composite> composites = List.of(new Composite("safety", "mean", List.of("calm", "trust")));
        Instrument v1 = new Instrument("mini", 1, "Mini", List.of(agree, slider), subscales,
                List.of(new Item("calm_1", "calm", "I stay calm", false, "agree5", true),
                        new Item("calm_2", "calm", "I get heated", true, "agree5", true),
                        new Item("trust_1", "trust", "Old wording", false, "agree5", true)),
                composites);
        Instrument v2 = new Instrument("mini", 2, "Mini", List.of(agree, slider), subscales,
                List.of(new Item("calm_1", "calm", "I stay calm", false, "agree5", true),
                        new Item("calm_2", "calm", "I get heated", true, "agree5", true),
                        new Item("to", "calm", "It's $5 or `more` \"'quoted'\"\nover two lines, caf\u00e9", true,
                                "agree5", false),
                        new Item("trust_1", "trust", "My partner's word counts", false, "agree5", true),
                        new Item("trust_2", "trust", "How sure, 0 to 100?", false, "slider", false)),
                composites);
        return List.of(v1, v2);
    }

    @Test
    void haven_do_matches_the_approved_file() throws IOException {
        SyntaxFiles.write(instruments(), folder);

        String written = Files.readString(folder.resolve("haven.do"), StandardCharsets.UTF_8);
        // a difference leaves the new text beside the build's output, to be read and, if right, approved
        Path received = Files.createDirectories(Path.of("target")).resolve("haven.do.received");
        Files.writeString(received, written, StandardCharsets.UTF_8);
        try (InputStream approved = SyntaxFilesTest.class.getResourceAsStream(APPROVED)) {
            assertThat(approved).as(APPROVED).isNotNull();
            assertThat(written).as("haven.do differs from " + APPROVED + "; the new text is in " + received)
                    .isEqualTo(new String(approved.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_file_is_utf8_without_bom_with_lf_line_ends_and_the_same_for_the_same_instruments() throws IOException {
        SyntaxFiles.write(instruments(), folder);
        Path again = Files.createDirectories(folder.resolve("again"));
        SyntaxFiles.write(instruments(), again);

        for (String name : SyntaxFiles.FILE_NAMES) {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            assertThat(bytes).as(name + ": no CR").doesNotContain((byte) '\r');
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).doesNotStartWith("\uFEFF");
            assertThat(Files.readAllBytes(again.resolve(name))).as(name + " written twice")
                    .isEqualTo(bytes);
        }
    }

    @Test
    void labels_come_from_the_latest_version_and_text_is_escaped_for_each_package() throws IOException {
        SyntaxFiles.write(instruments(), folder);
        // lists run over several lines; here they are read as one
        String r = Files.readString(folder.resolve("haven.R")).replace(",\n  ", ", ");
        String sps = Files.readString(folder.resolve("haven.sps"));

        assertThat(r).contains("responses_wide$trust_1 <- haven_item(responses_wide$trust_1, \"My partner's word counts\", haven_labels_1)")
                .contains("\"It's $5 or `more` \\\"'quoted'\\\" over two lines, caf\\u00e9 (reverse-keyed)\"")
                .contains("responses_wide$to_1_r <- haven_reversed(responses_wide$to_1, 6, ")
                .contains("responses_wide$trust_2 <- haven_item(responses_wide$trust_2, \"How sure, 0 to 100?\")\n")
                .contains("names(responses_wide) <- c(\"pid\", \"wave\", \"calm_1\", \"calm_2\", \"trust_1\", \"to_1\", \"trust_2\")")
                .contains("#   to -> to_1.");
        assertThat(sps).contains("  /to_1 'It''s $5 or `more` \"''quoted''\" over two lines, café (reverse-keyed)'")
                .contains("COMPUTE to_1_r = 6 - to_1.").contains("COMPUTE calm_2_r = 6 - calm_2.")
                .contains("    trust_2 F3.0").contains("VALUE LABELS calm_1 calm_2 trust_1 to_1\n  1 'don''t agree'")
                .contains("*   to -> to_1.");
        assertThat(sps.lines().filter(line -> line.startsWith("*"))).as("every SPSS comment line ends its command")
                .allMatch(line -> line.endsWith("."));
    }
}
