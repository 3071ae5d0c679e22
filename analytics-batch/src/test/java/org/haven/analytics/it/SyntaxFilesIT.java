package org.haven.analytics.it;

import org.haven.analytics.cli.BatchCommand;
import org.haven.testing.KafkaTestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The syntax files of a real run, run by the real programs: R loads the folder with haven.R and computes Cronbach's
 * alpha in base R from the loaded wide data; GNU PSPP runs haven.sps and then RELIABILITY. Both must reproduce
 * statistics.csv for every subscale and wave (one instrument version: the wide file carries no version). Without
 * Rscript or pspp the tests skip, saying what to install; under CI=true they fail.
 */
class SyntaxFilesIT {

    private static final String STUDY = "5d7e1c3a-2b4f-4e6a-9c8d-0f1e2a3b4c5d";
    private static final Map<String, String> KEY = Map.of("HAVEN_EXPORT_KEY", "syntax-files-export-key");
    private static final int WAVES = 3;

    private static EmbeddedKafkaKraftBroker broker;
    private static Path runFolder;
    private static List<CSVRecord> codebook;
    /** "subscale,wave" to statistics.csv's cronbach_alpha and alpha_n. */
    private static final Map<String, String> ALPHA = new LinkedHashMap<>();
    private static final Map<String, String> ALPHA_N = new LinkedHashMap<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void runTheBatchOverASyntheticStudy() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic("syntax-files", 2);
        fixture.publish("syntax-files", SyntheticStudy.events(STUDY, 120, WAVES, 19L));
        int exit = BatchCommand.run(new String[] {"--bootstrap-servers=" + broker.getBrokersAsString(),
                "--topic=syntax-files", "--study=" + STUDY, "--out=" + work.resolve("out"),
                "--haven.data-dir=" + work.resolve("repo")}, KEY, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        try (Stream<Path> folders = Files.list(work.resolve("out"))) {
            runFolder = folders.findFirst().orElseThrow();
        }
        codebook = csv(runFolder.resolve("codebook.csv"));
        for (CSVRecord row : csv(runFolder.resolve("statistics.csv"))) {
            String key = row.get("subscale") + "," + row.get("wave");
            if (row.get("statistic").equals("cronbach_alpha")) {
                ALPHA.put(key, row.get("value"));
            } else if (row.get("statistic").equals("alpha_n")) {
                ALPHA_N.put(key, row.get("value"));
            }
        }
        assertThat(ALPHA).as("8 subscales by 3 waves").hasSize(8 * WAVES);
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void the_manifest_lists_the_three_syntax_files_with_their_sha256_and_maps_no_esti_id() throws Exception {
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(runFolder.resolve("manifest.json").toFile());
        for (String file : List.of("haven.R", "haven.sps", "haven.do")) {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(runFolder.resolve(file))));
            assertThat(manifest.at("/files/" + file).asText()).as(file).isEqualTo(digest);
        }
        assertThat(manifest.has("variableNames")).as("every ESTI id is a variable name already").isFalse();
        assertThat(Files.readString(runFolder.resolve("haven.do")))
                .contains("label variable respect_3 `\"My partner brushes off my feelings as overreactions. (reverse-keyed)\"'")
                .contains("generate respect_3_r = 8 - respect_3");
    }

    @Test
    void r_loads_the_run_with_types_labels_and_levels_and_its_alpha_equals_statistics_csv() throws Exception {
        String rscript = StatisticsPrograms.rscript();
        Path check = resource("syntax/check-haven.R");
        List<String> lines = StatisticsPrograms.run(work, rscript, check.toString(), runFolder.toString());

        List<String> expectedClasses = new ArrayList<>(List.of("class pid character", "class wave integer"));
        for (CSVRecord item : codebook) {
            expectedClasses.add("class " + item.get("item_id") + " haven_labelled|vctrs_vctr|double");
        }
        for (CSVRecord item : codebook) {
            if (item.get("reverse").equals("1")) {
                expectedClasses.add("class " + item.get("item_id") + "_r numeric");
            }
        }
        assertThat(lines.stream().filter(line -> line.startsWith("class ") && !line.startsWith("class score")))
                .as("every column in order, with its type").containsExactlyElementsOf(expectedClasses);
        assertThat(lines).contains("class score numeric");
        for (CSVRecord item : codebook) {
            String id = item.get("item_id");
            String marked = item.get("reverse").equals("1") ? " (reverse-keyed)" : "";
            assertThat(lines).contains("label " + id + " " + item.get("text") + marked,
                    "labels " + id + " " + item.get("value_labels"));
            if (!marked.isEmpty()) {
                assertThat(lines).contains("reversed " + id + " TRUE",
                        "label " + id + "_r " + item.get("text") + " (reversed: 8 - " + id + ")");
            }
        }
        Set<String> subscales = new LinkedHashSet<>();
        codebook.forEach(item -> subscales.add(item.get("subscale")));
        assertThat(lines).contains("levels subscale " + String.join("|", subscales) + "|safety");
        assertThat(lines).contains("rows " + (csv(runFolder.resolve("responses_wide.csv")).size()),
                "scores " + (csv(runFolder.resolve("scores_long.csv")).size()));

        int compared = 0;
        for (String line : lines) {
            if (line.startsWith("alpha ")) {
                String[] parts = line.split(" ");
                String key = parts[1] + "," + parts[2];
                assertThat(parts[3]).as("complete cases of " + key).isEqualTo(ALPHA_N.get(key));
                assertThat(Double.parseDouble(parts[4])).as("alpha of " + key)
                        .isCloseTo(Double.parseDouble(ALPHA.get(key)), within(1e-9));
                compared++;
            }
        }
        assertThat(compared).as("every subscale at every wave").isEqualTo(ALPHA.size());
    }

    @Test
    void rscript_runs_haven_r_from_another_directory_and_finds_the_files_beside_it() throws Exception {
        String rscript = StatisticsPrograms.rscript();
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        // the example of docs/methods.md
        List<String> lines = StatisticsPrograms.run(elsewhere, rscript, "-e", """
                source(commandArgs(TRUE)[1])
                cat(nrow(responses_wide), nlevels(scores_long$subscale), "\\n")
                items <- na.omit(subset(responses_wide, wave == 1, c(respect_1, respect_2, respect_3_r, respect_4, respect_5_r)))
                cat(sprintf("%.17g", 5 / 4 * (1 - sum(sapply(items, var)) / var(rowSums(items)))), "\\n")
                """, runFolder.resolve("haven.R").toString());
        assertThat(lines.get(0)).isEqualTo((csv(runFolder.resolve("responses_wide.csv")).size()) + " 9");
        assertThat(Double.parseDouble(lines.get(1))).as("alpha of respect at wave 1")
                .isCloseTo(Double.parseDouble(ALPHA.get("respect,1")), within(1e-9));
        StatisticsPrograms.run(elsewhere, rscript, runFolder.resolve("haven.R").toString());
    }

    @Test
    void pspp_runs_haven_sps_and_reliability_reproduces_statistics_csv_to_the_digits_it_prints() throws Exception {
        String pspp = StatisticsPrograms.pspp();
        StringBuilder syntax = new StringBuilder("INSERT FILE='" + runFolder.resolve("haven.sps") + "' CD=YES.\n"
                + "DATASET ACTIVATE responses_wide.\nDISPLAY DICTIONARY /VARIABLES=respect_3 respect_3_r.\n");
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (CSVRecord item : codebook) {
            items.computeIfAbsent(item.get("subscale"), s -> new ArrayList<>())
                    .add(item.get("item_id") + (item.get("reverse").equals("1") ? "_r" : ""));
        }
        List<String> scales = new ArrayList<>();
        for (int wave = 1; wave <= WAVES; wave++) {
            for (var subscale : items.entrySet()) {
                syntax.append("TEMPORARY.\nSELECT IF wave = ").append(wave).append(".\n")
                        .append("RELIABILITY /VARIABLES=").append(String.join(" ", subscale.getValue()))
                        .append(" /SCALE('").append(subscale.getKey()).append(' ').append(wave).append("') ALL /MODEL=ALPHA.\n");
                scales.add(subscale.getKey() + "," + wave);
            }
        }
        Path driver = work.resolve("reliability.sps");
        Files.writeString(driver, syntax);
        Path output = work.resolve("reliability.csv");
        List<String> console = StatisticsPrograms.run(work, pspp, "-O", "format=csv", "-o", output.toString(), driver.toString());
        String text = Files.readString(output);
        assertThat(String.join("\n", console) + text).as("no error or warning from PSPP")
                .doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning");
        assertThat(text).contains("respect_3,", "My partner brushes off my feelings as overreactions. (reverse-keyed)",
                        "My partner brushes off my feelings as overreactions. (reversed: 8 - respect_3)")
                .contains(",1,strongly disagree", ",7,strongly agree");

        List<String> lines = text.lines().toList();
        int compared = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Scale: ")) {
                String key = lines.get(i).substring("Scale: ".length()).replace(' ', ',');
                int header = lines.subList(i, lines.size()).indexOf("Cronbach's Alpha,N of Items") + i;
                String printed = lines.get(header + 1).split(",")[0];
                int digits = printed.length() - printed.indexOf('.') - 1;
                BigDecimal expected = new BigDecimal(ALPHA.get(key)).setScale(digits, RoundingMode.HALF_UP);
                assertThat(new BigDecimal(printed.startsWith(".") ? "0" + printed : printed)).as("alpha of " + key)
                        .isEqualByComparingTo(expected);
                int summary = lines.subList(i, lines.size()).indexOf("Table: Case Processing Summary") + i;
                assertThat(lines.get(summary + 2)).as("complete cases of " + key)
                        .startsWith("Valid," + ALPHA_N.get(key) + ",");
                compared++;
            }
        }
        assertThat(compared).as("every subscale at every wave").isEqualTo(scales.size()).isEqualTo(ALPHA.size());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SyntaxFilesIT.class.getClassLoader().getResource(name).toURI());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
