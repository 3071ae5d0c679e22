package org.haven.analytics.it;

import org.haven.analytics.cli.BatchCommand;
import org.haven.analytics.it.TopicFixture.Timed;
import org.haven.events.Actor;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.InstrumentLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The batch against a real Kafka broker (KRaft, in this JVM), over events written by the events-schema
 * serializer: the statistics and codebook lines a researcher would check, worked out by hand below.
 */
class AnalyticsJobIT {

    private static final String STUDY = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String TOPIC = "haven.survey.events.it";
    private static final Actor RESEARCHER = Actor.researcher("dr.morgan");
    private static final Map<String, String> KEY = Map.of("HAVEN_EXPORT_KEY", "integration-test-export-key");
    private static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void topicWithTwoStudies() throws Exception {
        broker = KafkaTestBroker.start();
        TopicFixture fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic(TOPIC, 3);
        fixture.publish(TOPIC, events());
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    /*
     * respect (5 items; respect_3 and respect_5 reverse-keyed on 1..7, so v' = 8 - v):
     *   A w1: 6,5,2,7,1 -> 6,5,6,7,7 -> 31/5 = 6.2      A w2: 7,7,1,7,1 -> 7,7,7,7,7 -> 7.0
     *   B w1: 4,4,4,4,4 -> 4.0                         B w2: 5,4,3,5,3 -> 5,4,5,5,5 -> 4.8
     *   C w1: 3 of 5 answered < ceil(10/3) = 4 -> none C w2: 2,2,6,2,6 -> 2,2,2,2,2 -> 2.0
     *   D (erased after the run's cutoff would still be excluded) answers all 1s and is left out.
     * wave 1: n = 2, mean = (6.2 + 4)/2 = 5.1, sd = sqrt(2 * 1.1^2 / 1) = 1.5556349186104046
     * wave 2: n = 3, mean = 13.8/3 = 4.6
     * first-last (A, B): diffs 0.8 and 0.8 -> paired_n 2, mean diff 0.8, sd of diffs 0 -> t and dz undefined
     */
    private static List<Timed> events() {
        List<Timed> events = new ArrayList<>();
        events.add(at(new StudyCreated(STUDY, "Hand-worked study", false, RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new WaveScheduled(STUDY, 1, new WaveWindow.AlwaysOpen(), RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new WaveScheduled(STUDY, 2, new WaveWindow.AlwaysOpen(), RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new InstrumentVersionPublished(STUDY, InstrumentLoader.esti(), RESEARCHER), "2027-01-01T08:00:01Z"));
        for (String p : List.of("A", "B", "C", "D")) {
            events.add(at(new ParticipantEnrolled(p, STUDY, Instant.parse("2027-01-02T00:00:00Z"), "v1", null,
                    RESEARCHER), "2027-01-02T00:00:00Z"));
        }
        events.add(submitted("A", 1, "2027-01-10T10:00:00Z", 6, 5, 2, 7, 1));
        events.add(submitted("B", 1, "2027-01-10T11:00:00Z", 4, 4, 4, 4, 4));
        events.add(submitted("C", 1, "2027-01-10T12:00:00Z", 5, 6, 3));
        events.add(submitted("D", 1, "2027-01-10T13:00:00Z", 1, 1, 1, 1, 1));
        events.add(submitted("A", 2, "2027-04-10T10:00:00Z", 7, 7, 1, 7, 1));
        events.add(submitted("A", 2, "2027-04-10T10:00:00Z", 7, 7, 1, 7, 1)); // published twice
        events.add(submitted("B", 2, "2027-04-10T11:00:00Z", 5, 4, 3, 5, 3));
        events.add(submitted("C", 2, "2027-04-10T12:00:00Z", 2, 2, 6, 2, 6));
        events.add(at(new ParticipantErased("D", STUDY, Actor.researcher("dpo")), "2027-06-01T00:00:00Z"));
        // another study on the same topic
        events.add(at(new StudyCreated("study-other", "Other", false, RESEARCHER), "2027-01-01T08:00:00Z"));
        events.add(at(new QuestionnaireSubmitted("Z", "study-other", 1, "esti", 1, Map.of("respect_1", 1), null, "z",
                SubmissionSource.WEB, LocalDate.parse("2027-01-10"), Actor.participant("Z")), "2027-01-10T00:00:00Z"));
        return events;
    }

    @Test
    void writes_the_statistics_and_codebook_a_researcher_would_check() throws IOException {
        var run = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC, "--study=" + STUDY,
                "--out=" + work.resolve("out"), "--haven.data-dir=" + work.resolve("repo"));

        assertThat(run.exit()).as(run.err()).isZero();
        Path folder = onlyRunFolder(work.resolve("out"));
        List<String> statistics = Files.readAllLines(folder.resolve("statistics.csv"));
        assertThat(statistics.get(0)).isEqualTo("statistic,subscale,item,wave,value");
        assertThat(value(statistics, "n", "respect", "1")).isEqualTo("2");
        assertThat(Double.parseDouble(value(statistics, "mean", "respect", "1"))).isCloseTo(5.1, within(1e-12));
        assertThat(Double.parseDouble(value(statistics, "sd", "respect", "1"))).isCloseTo(1.5556349186104046, within(1e-12));
        assertThat(value(statistics, "n", "respect", "2")).isEqualTo("3");
        assertThat(Double.parseDouble(value(statistics, "mean", "respect", "2"))).isCloseTo(4.6, within(1e-12));
        assertThat(value(statistics, "paired_n", "respect", "first-last")).isEqualTo("2");
        assertThat(Double.parseDouble(value(statistics, "paired_mean_diff", "respect", "first-last")))
                .isCloseTo(0.8, within(1e-12));
        assertThat(value(statistics, "paired_t", "respect", "first-last")).isEmpty();
        assertThat(value(statistics, "cohen_dz", "respect", "first-last")).isEmpty();
        byte[] raw = Files.readAllBytes(folder.resolve("statistics.csv"));
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("\r").doesNotStartWith("\uFEFF");

        List<String> codebook = Files.readAllLines(folder.resolve("codebook.csv"));
        assertThat(codebook).hasSize(1 + 36);
        assertThat(codebook.get(0)).isEqualTo("item_id,subscale,text,reverse,min,max,value_labels,instrument_version,"
                + "scale_wording,instructions");
        assertThat(codebook).contains("respect_3,respect,My partner brushes off my feelings as overreactions.,1,1,7,"
                + "1=strongly disagree|2=disagree|3=somewhat disagree|4=neither agree nor disagree|5=somewhat agree|"
                + "6=agree|7=strongly agree,1,,");
        assertThat(run.out()).contains("replay:").contains("run folder:");
    }

    // pid = HMAC-SHA-256("integration-test-export-key", id)[:16], from Python's hmac module
    private static final String PID_A = "8cb714b66d2d53ef";
    private static final String PID_C = "18aaded55ffc9b99";

    @Test
    void writes_the_anonymized_datasets_and_a_manifest_that_accounts_for_every_file() throws Exception {
        var run = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC, "--study=" + STUDY,
                "--out=" + work.resolve("out"), "--haven.data-dir=" + work.resolve("repo"));
        assertThat(run.exit()).as(run.err()).isZero();
        Path folder = onlyRunFolder(work.resolve("out"));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("codebook.csv",
                    "haven.R", "haven.do", "haven.sps", "manifest.json", "report.html", "responses_long.csv",
                    "responses_wide.csv", "run-summary.json", "scores_long.csv", "statistics.csv");
        }
        List<String> scores = Files.readAllLines(folder.resolve("scores_long.csv"));
        assertThat(scores.get(0)).isEqualTo("pid,wave,subscale,score");
        assertThat(scores).contains("pid,wave,subscale,score", PID_A + ",1,respect,6.2000000000000002",
                PID_A + ",2,respect,7", PID_C + ",1,respect,");
        List<String> responses = Files.readAllLines(folder.resolve("responses_long.csv"));
        assertThat(responses.get(0)).isEqualTo("pid,wave,item_id,value,days_since_enrollment");
        // A enrolled 2027-01-02, answered wave 1 on 2027-01-10 (8 days) and wave 2 on 2027-04-10 (98 days)
        assertThat(responses).contains(PID_A + ",1,respect_3,2,8", PID_A + ",2,respect_1,7,98");
        assertThat(responses.stream().skip(1)).allMatch(line -> line.matches("[0-9a-f]{16},\\d,respect_\\d,\\d,\\d+"));
        List<String> wide = Files.readAllLines(folder.resolve("responses_wide.csv"));
        assertThat(wide.get(0)).startsWith("pid,wave,respect_1,respect_2,respect_3").endsWith(",trust_5");
        assertThat(wide).contains(PID_C + ",1,5,6,3" + ",".repeat(36 - 3));

        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.at("/study/id").asText()).isEqualTo(STUDY);
        assertThat(manifest.at("/participants/included").asLong()).isEqualTo(3);
        assertThat(manifest.at("/participants/excluded/erased").asLong()).isEqualTo(1);
        assertThat(manifest.at("/events/duplicates").asLong()).isEqualTo(1);
        assertThat(manifest.at("/events/otherStudies").asLong()).isEqualTo(2);
        assertThat(manifest.at("/events/read").asLong()).isEqualTo(events().size());
        assertThat(manifest.at("/offsets")).hasSize(3);
        long offsetsTotal = 0;
        for (var partition : manifest.at("/offsets")) {
            offsetsTotal += partition.get("to").asLong() - partition.get("from").asLong();
        }
        assertThat(offsetsTotal).isEqualTo(events().size());
        assertThat(manifest.at("/waves").toString()).isEqualTo("[1,2]");
        assertThat(manifest.at("/composites/0/id").asText()).isEqualTo("safety");
        assertThat(manifest.at("/ranBy").asText()).isNotBlank();
        // two waves: no growth model, and the manifest says why
        assertThat(manifest.at("/growthModelNotFitted/respect").asText()).contains("2 wave(s)", "at least 3");
        for (String csv : List.of("statistics.csv", "scores_long.csv", "responses_long.csv", "responses_wide.csv",
                "codebook.csv", "report.html", "run-summary.json", "haven.R", "haven.sps", "haven.do")) {
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(folder.resolve(csv))));
            assertThat(manifest.at("/files/" + csv).asText()).as(csv).isEqualTo(digest);
        }
    }

    @Test
    void the_report_shows_every_figure_of_statistics_csv_with_its_value_and_a_chart_per_subscale() throws IOException {
        var run = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC, "--study=" + STUDY,
                "--out=" + work.resolve("out"), "--haven.data-dir=" + work.resolve("repo"));
        assertThat(run.exit()).as(run.err()).isZero();
        Path folder = onlyRunFolder(work.resolve("out"));
        String report = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);

        Document page = Jsoup.parse(report);
        Map<String, List<String>> shown = new java.util.HashMap<>();
        for (Element cell : page.select("td[data-statistic]")) {
            shown.computeIfAbsent(String.join("|", cell.attr("data-statistic"), cell.attr("data-subscale"),
                    cell.attr("data-item"), cell.attr("data-wave")), k -> new ArrayList<>()).add(cell.attr("data-value"));
        }
        List<String> statistics = Files.readAllLines(folder.resolve("statistics.csv"));
        java.util.Set<String> subscales = new java.util.TreeSet<>();
        for (String line : statistics.subList(1, statistics.size())) {
            // statistic,subscale,item,wave,value: none of these fields holds a comma
            String[] field = line.split(",", -1);
            assertThat(field).as(line).hasSize(5);
            assertThat(shown.get(String.join("|", field[0], field[1], field[2], field[3])))
                    .as("report cells of %s", line).isNotEmpty().containsOnly(field[4]);
            if (!field[1].isEmpty()) {
                subscales.add(field[1]);
            }
        }
        assertThat(subscales).contains("respect", "safety");
        for (String subscale : subscales) {
            Element section = page.getElementById("trajectory-" + subscale);
            assertThat(section).as(subscale).isNotNull();
            assertThat(section.selectFirst("h3").text()).as(subscale).startsWith(subscale);
            assertThat(section.select("div.pair > figure > img").attr("src")).as(subscale)
                    .startsWith("data:image/png;base64,");
        }
        assertThat(report).doesNotContain("http://", "https://");
    }

    @Test
    void run_summary_json_names_the_run_folder_the_key_figures_of_statistics_csv_and_the_timings_it_logged()
            throws IOException {
        var run = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC, "--study=" + STUDY,
                "--out=" + work.resolve("out"), "--haven.data-dir=" + work.resolve("repo"));
        assertThat(run.exit()).as(run.err()).isZero();
        Path folder = onlyRunFolder(work.resolve("out"));

        var summary = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(folder.resolve("run-summary.json").toFile());
        assertThat(summary.get("runFolder").asText()).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(summary.get("runId").asText()).isEqualTo(folder.getFileName().toString());
        assertThat(summary.get("study").asText()).isEqualTo(STUDY);
        assertThat(summary.get("waves").toString()).isEqualTo("[1,2]");
        var respect = summary.at("/scores/0");
        assertThat(respect.get("id").asText()).isEqualTo("respect");
        assertThat(respect.get("composite").asBoolean()).isFalse();
        List<String> statistics = Files.readAllLines(folder.resolve("statistics.csv"));
        // the same digits as statistics.csv, as JSON numbers; undefined figures as null
        assertThat(respect.at("/figures/n/1").asText()).isEqualTo(value(statistics, "n", "respect", "1")).isEqualTo("2");
        assertThat(respect.at("/figures/mean/1").decimalValue())
                .isEqualByComparingTo(new java.math.BigDecimal(value(statistics, "mean", "respect", "1")));
        assertThat(respect.at("/figures/paired_mean_diff").decimalValue())
                .isEqualByComparingTo(new java.math.BigDecimal(value(statistics, "paired_mean_diff", "respect", "first-last")));
        assertThat(respect.at("/figures/cohen_dz").isNull()).isTrue();
        assertThat(respect.at("/figures/cronbach_alpha").size()).isEqualTo(2);
        var safety = summary.findParents("id").stream().filter(score -> score.get("id").asText().equals("safety"))
                .findFirst().orElseThrow();
        assertThat(safety.get("composite").asBoolean()).isTrue();
        assertThat(safety.at("/figures").has("cronbach_alpha")).as("alpha is for subscales only").isFalse();
        String analysis = run.out().lines().filter(line -> line.startsWith("analysis: scoring")).findFirst()
                .orElseThrow();
        assertThat(analysis).isEqualTo("analysis: scoring and statistics "
                + summary.at("/analysis/scoringAndStatisticsMillis").asLong() + " ms, files "
                + summary.at("/analysis/filesMillis").asLong() + " ms");
        assertThat(summary.at("/analysis/growthModelMillis").isIntegralNumber()).isTrue();
        assertThat(run.out()).contains("run folder: " + folder.toAbsolutePath());
    }

    @Test
    void the_cutoff_keeps_only_the_events_up_to_it() throws IOException {
        var run = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC, "--study=" + STUDY,
                "--out=" + work.resolve("out"), "--as-of=2027-03-31T23:59:59Z", "--haven.data-dir=" + work.resolve("repo"));

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> statistics = Files.readAllLines(onlyRunFolder(work.resolve("out")).resolve("statistics.csv"));
        assertThat(value(statistics, "n", "respect", "1")).isEqualTo("2");
        assertThat(statistics).noneMatch(line -> line.startsWith("n,respect,,2,"));
    }

    @Test
    void bad_input_exits_non_zero_with_a_one_line_reason() {
        var noStudy = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--out=" + work);
        assertThat(noStudy.exit()).isEqualTo(2);
        assertThat(noStudy.err().strip()).isEqualTo("haven-analytics: --study is required");

        var noTopic = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=nope", "--study=" + STUDY, "--out=" + work);
        assertThat(noTopic.exit()).isEqualTo(2);
        assertThat(noTopic.err()).contains("topic nope does not exist");

        var noBroker = run("--bootstrap-servers=127.0.0.1:1", "--study=" + STUDY, "--out=" + work);
        assertThat(noBroker.exit()).isEqualTo(2);
        assertThat(noBroker.err()).contains("cannot reach Kafka at 127.0.0.1:1");

        var unknownStudy = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC,
                "--study=0b7d9c3a-1e2f-4a5b-8c6d-7e8f9a0b1c2d", "--out=" + work.resolve("out"),
                "--haven.data-dir=" + work.resolve("repo"));
        assertThat(unknownStudy.exit()).isEqualTo(2);
        assertThat(unknownStudy.err()).contains("study 0b7d9c3a-1e2f-4a5b-8c6d-7e8f9a0b1c2d has no events on topic "
                + TOPIC);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var err = new ByteArrayOutputStream();
        var out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = BatchCommand.run(args, KEY, new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
        }
    }

    private static Path onlyRunFolder(Path out) throws IOException {
        try (Stream<Path> folders = Files.list(out)) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static String value(List<String> lines, String statistic, String subscale, String wave) {
        String prefix = statistic + "," + subscale + ",," + wave + ",";
        Optional<String> line = lines.stream().filter(l -> l.startsWith(prefix)).findFirst();
        assertThat(line).as(prefix).isPresent();
        return line.get().substring(prefix.length());
    }

    private static Timed at(org.haven.events.HavenEvent event, String time) {
        return new Timed(event, Instant.parse(time));
    }

    private static Timed submitted(String participant, int wave, String time, int... respect) {
        Map<String, Integer> answers = new java.util.TreeMap<>();
        for (int i = 0; i < respect.length; i++) {
            answers.put("respect_" + (i + 1), respect[i]);
        }
        return at(new QuestionnaireSubmitted(participant, STUDY, wave, "esti", 1, answers, null,
                participant + "-" + wave, SubmissionSource.WEB, LocalDate.parse(time.substring(0, 10)),
                Actor.participant(participant)), time);
    }
}
