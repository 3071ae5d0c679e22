package org.haven.analytics.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.haven.analytics.cli.BatchCommand;
import org.haven.testing.KafkaTestBroker;
import org.haven.events.EventTopic;
import org.haven.events.json.EventTypes;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records nobody can read, put on the topic by someone with write access to it: a truncated submission keyed as
 * a participant of study A (once without the study header, as records were written before it, and once with
 * it), and a record with neither key nor headers. A run of study B must not notice them; a run of study A
 * stops at the first one with a line that names it, and runs once the operator quarantines both.
 */
class UnreadableRecordsIT {

    private static final String STUDY_A = "aaaaaaaa-0000-4000-8000-00000000000a";
    private static final String STUDY_B = "bbbbbbbb-0000-4000-8000-00000000000b";
    private static final String CLEAN = "clean-topic";
    private static final String JUNK = "junk-topic";
    private static final String EXPORT_KEY = "unreadable-records-export-key";
    private static final String PARTICIPANT_OF_A = STUDY_A + "-p000003";
    private static final byte[] TRUNCATED = ("{\"participantId\":\"" + PARTICIPANT_OF_A + "\",\"studyId\":\"" + STUDY_A
            + "\",\"wave\":").getBytes(StandardCharsets.UTF_8);
    private static EmbeddedKafkaKraftBroker broker;
    private static RecordMetadata junkWithoutStudyHeader;
    private static RecordMetadata junkWithStudyHeader;
    private static RecordMetadata bare;

    @TempDir
    Path work;

    @BeforeAll
    static void twoStudiesOnACleanTopicAndOnOneWithJunk() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        var studyA = SyntheticStudy.events(STUDY_A, 40, 3, 5L);
        var studyB = SyntheticStudy.events(STUDY_B, 40, 3, 7L);
        for (String topic : List.of(CLEAN, JUNK)) {
            fixture.createTopic(topic, 3);
            // study A as written before the study header existed, study B as the service writes it now
            fixture.publishWithoutStudyHeader(topic, studyA);
        }
        String submitted = EventTypes.nameOf(QuestionnaireSubmitted.class);
        Map<String, String> headers = Map.of(EventTopic.TYPE_HEADER, submitted, EventTopic.REVISION_HEADER, "2",
                "haven-event-time", "2027-06-01T00:00:00Z");
        junkWithoutStudyHeader = fixture.send(JUNK, PARTICIPANT_OF_A, headers, TRUNCATED);
        var withStudy = new TreeMap<>(headers);
        withStudy.put(EventTopic.STUDY_HEADER, STUDY_A);
        junkWithStudyHeader = fixture.send(JUNK, PARTICIPANT_OF_A, withStudy, TRUNCATED);
        bare = fixture.send(JUNK, null, Map.of(), "garbage".getBytes(StandardCharsets.UTF_8));
        for (String topic : List.of(CLEAN, JUNK)) {
            fixture.publish(topic, studyB);
        }
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void junk_of_study_a_and_a_record_without_key_or_headers_leave_a_run_of_study_b_unchanged() throws Exception {
        Run clean = run(CLEAN, STUDY_B, "clean");
        Run junk = run(JUNK, STUDY_B, "junk");

        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(junk.exit()).as(junk.err()).isZero();
        assertThat(csvFiles(junk.folder())).containsKeys("statistics.csv", "scores_long.csv")
                .isEqualTo(csvFiles(clean.folder()));
        JsonNode before = manifest(clean.folder());
        JsonNode after = manifest(junk.folder());
        assertThat(after.at("/events/read").asLong()).isEqualTo(before.at("/events/read").asLong() + 3);
        assertThat(after.at("/events/used").asLong()).isEqualTo(before.at("/events/used").asLong());
        assertThat(after.at("/events/otherStudies").asLong()).isEqualTo(before.at("/events/otherStudies").asLong() + 2);
        assertThat(after.at("/events/excludedRecords").toString()).isEqualTo("{\"no_key_or_type\":1}");
        assertThat(before.at("/events").has("excludedRecords")).as("a clean run's manifest is unchanged").isFalse();
        assertThat(junk.out()).contains("partition " + bare.partition() + " offset " + bare.offset());
    }

    @Test
    void an_unreadable_record_of_study_a_fails_its_run_naming_the_record_until_it_is_quarantined() throws Exception {
        Run failed = run(JUNK, STUDY_A, "failed");

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err().strip()).doesNotContain("\n").contains(
                "topic " + JUNK,
                "partition " + junkWithoutStudyHeader.partition() + " offset " + junkWithoutStudyHeader.offset(),
                "key " + PARTICIPANT_OF_A,
                QuestionnaireSubmitted.class.getName() + " revision 2",
                "Unexpected end-of-input",
                "--quarantine",
                junkWithoutStudyHeader.partition() + ":" + junkWithoutStudyHeader.offset());

        Path quarantine = work.resolve("quarantine.txt");
        Files.writeString(quarantine, """
                # records set aside after the run of 2027-06-02 failed on them
                %d:%d truncated submission written to the topic by hand
                %d:%d the same, with a study header
                """.formatted(junkWithoutStudyHeader.partition(), junkWithoutStudyHeader.offset(),
                junkWithStudyHeader.partition(), junkWithStudyHeader.offset()));
        // the same command with the quarantine resumes the failed run
        Run quarantined = run(JUNK, STUDY_A, "failed", "--quarantine=" + quarantine);
        Run clean = run(CLEAN, STUDY_A, "clean");

        assertThat(quarantined.exit()).as(quarantined.err()).isZero();
        // the failed run committed nothing, so it left no folder; the resumed run writes it under the same run id
        assertThat(failed.folder()).isNull();
        assertThat(quarantined.out()).contains("resuming run " + quarantined.folder().getFileName());
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(csvFiles(quarantined.folder())).containsKeys("statistics.csv", "scores_long.csv")
                .isEqualTo(csvFiles(clean.folder()));
        JsonNode manifest = manifest(quarantined.folder());
        assertThat(manifest.at("/quarantined")).hasSize(2);
        JsonNode first = manifest.at("/quarantined/0");
        assertThat(first.get("partition").asInt()).isEqualTo(junkWithoutStudyHeader.partition());
        assertThat(first.get("offset").asLong()).isEqualTo(junkWithoutStudyHeader.offset());
        assertThat(first.get("keyPid").asText()).isEqualTo(pid(PARTICIPANT_OF_A));
        assertThat(first.get("type").asText()).isEqualTo(QuestionnaireSubmitted.class.getName());
        assertThat(first.get("reason").asText()).isEqualTo("truncated submission written to the topic by hand");
        assertThat(manifest.at("/quarantined/1/offset").asLong()).isEqualTo(junkWithStudyHeader.offset());
        assertThat(manifest.at("/quarantined/1/reason").asText()).isEqualTo("the same, with a study header");
        assertThat(manifest.at("/events/excludedRecords/quarantined").asLong()).isEqualTo(2);
        assertThat(manifest.at("/events/excludedRecords/no_key_or_type").asLong()).isEqualTo(1);
        assertThat(Files.readString(quarantined.folder().resolve("manifest.json"))).doesNotContain(PARTICIPANT_OF_A);
    }

    @Test
    void a_quarantine_entry_that_names_no_record_of_the_run_fails_it_with_one_line() throws Exception {
        Path quarantine = work.resolve("typo.txt");
        Files.writeString(quarantine, "%d:%d a typo in the offset\n".formatted(bare.partition(), 1_000_000));

        Run run = run(JUNK, STUDY_B, "typo", "--quarantine=" + quarantine);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n")
                .contains("--quarantine", bare.partition() + ":1000000", "no record");
    }

    private record Run(int exit, String out, String err, Path folder) {
    }

    private Run run(String topic, String study, String name, String... more) throws IOException {
        Path out = work.resolve(name);
        var err = new ByteArrayOutputStream();
        var printed = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            String[] args = Stream.concat(Stream.of("--bootstrap-servers=" + broker.getBrokersAsString(),
                    "--topic=" + topic, "--study=" + study, "--out=" + out,
                    "--haven.data-dir=" + work.resolve("repo-" + name)), Stream.of(more)).toArray(String[]::new);
            exit = BatchCommand.run(args, Map.of("HAVEN_EXPORT_KEY", EXPORT_KEY),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
        }
        Path folder = null;
        if (Files.isDirectory(out)) {
            try (Stream<Path> folders = Files.list(out)) {
                folder = folders.findFirst().orElse(null);
            }
        }
        return new Run(exit, printed.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), folder);
    }

    /** Each CSV file's text by name (UTF-8 is checked elsewhere; equal text is equal bytes here). */
    private static Map<String, String> csvFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path csv : all.filter(f -> f.toString().endsWith(".csv")).toList()) {
                files.put(csv.getFileName().toString(), Files.readString(csv, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static JsonNode manifest(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    }

    /** The pseudonym as documented: the first 16 hex characters of HMAC-SHA-256(export key, id). */
    private static String pid(String id) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(EXPORT_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
