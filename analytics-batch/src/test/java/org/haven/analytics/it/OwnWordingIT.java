package org.haven.analytics.it;

import org.haven.analytics.cli.BatchCommand;
import org.haven.analytics.it.TopicFixture.Timed;
import org.haven.events.Actor;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.haven.testing.KafkaTestBroker;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher's own instrument, as a new user brought one: six items on a 1–5 frequency scale in two subscales,
 * one reverse-keyed, with its own instructions and scale wording. The report and the codebook describe it in its
 * words and never in ESTI's agreement wording.
 */
class OwnWordingIT {

    static final String TITLE = "Everyday Interactions Frequency Scale (EIFS)";
    static final String INSTRUCTIONS = "How often did each of these happen in the past two weeks?";
    private static final String STUDY = "e1f5c0de-2b4a-4c6d-8e0f-1a2b3c4d5e6f";
    private static final String TOPIC = "own-wording";
    private static final Actor RESEARCHER = Actor.researcher("dr.morgan");
    private static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path work;

    /** The 1–5 frequency instrument: warmth (warmth_3 reverse-keyed) and friction, three items each. */
    static Instrument frequencyInstrument() {
        Scale often = new Scale("often5", 1, 5, List.of(new ValueLabel(1, "never"), new ValueLabel(2, "rarely"),
                new ValueLabel(3, "sometimes"), new ValueLabel(4, "often"), new ValueLabel(5, "always")), "frequency");
        return new Instrument("eifs", 1, TITLE, List.of(often),
                List.of(new Subscale("warmth", "warm everyday moments"), new Subscale("friction", "everyday friction")),
                List.of(new Item("warmth_1", "warmth", "We laughed together.", false, "often5", false),
                        new Item("warmth_2", "warmth", "My partner asked how my day went.", false, "often5", false),
                        new Item("warmth_3", "warmth", "My partner ignored me when I talked.", true, "often5", false),
                        new Item("friction_1", "friction", "We argued about chores.", false, "often5", false),
                        new Item("friction_2", "friction", "We argued about money.", false, "often5", false),
                        new Item("friction_3", "friction", "One of us left the room angry.", false, "often5", false)),
                List.of(), "Everyday moments with your partner", INSTRUCTIONS);
    }

    @BeforeAll
    static void topic() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic(TOPIC, 2);
        Instrument eifs = frequencyInstrument();
        Instant start = Instant.parse("2027-03-01T09:00:00Z");
        List<Timed> events = new ArrayList<>(List.of(
                new Timed(new StudyCreated(STUDY, "Everyday moments", false, RESEARCHER), start),
                new Timed(new WaveScheduled(STUDY, 1, new WaveWindow.AlwaysOpen(), RESEARCHER), start),
                new Timed(new WaveScheduled(STUDY, 2, new WaveWindow.AlwaysOpen(), RESEARCHER), start),
                new Timed(new InstrumentVersionPublished(STUDY, eifs, RESEARCHER), start)));
        for (int p = 0; p < 12; p++) {
            String id = STUDY + "-p" + p;
            events.add(new Timed(new ParticipantEnrolled(id, STUDY, start, "v1", null, RESEARCHER), start));
            for (int wave = 1; wave <= 2; wave++) {
                Map<String, Integer> answers = new java.util.TreeMap<>();
                for (int i = 0; i < eifs.items().size(); i++) {
                    answers.put(eifs.items().get(i).id(), 1 + (p + i + wave) % 5);
                }
                LocalDate on = LocalDate.parse("2027-03-10").plusWeeks(2L * (wave - 1));
                events.add(new Timed(new QuestionnaireSubmitted(id, STUDY, wave, "eifs", 1, answers, null,
                        id + "-w" + wave, SubmissionSource.WEB, on, Actor.participant(id)),
                        on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            }
        }
        fixture.publish(TOPIC, events);
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void the_report_and_the_codebook_describe_a_1_to_5_frequency_instrument_in_its_own_words() throws Exception {
        Path out = work.resolve("out");
        var err = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = BatchCommand.run(new String[] {"--bootstrap-servers=" + broker.getBrokersAsString(),
                    "--topic=" + TOPIC, "--study=" + STUDY, "--out=" + out, "--haven.data-dir=" + work.resolve("repo")},
                    Map.of("HAVEN_EXPORT_KEY", "own-wording-export-key"), new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path folder;
        try (Stream<Path> folders = Files.list(out)) {
            folder = folders.findFirst().orElseThrow();
        }

        String report = Jsoup.parse(folder.resolve("report.html").toFile(), "UTF-8").text();
        assertThat(report).contains("on the 1\u20135 frequency scale (1 = never, 5 = always)");
        assertThat(report.toLowerCase()).doesNotContain("agree", "1\u20137");

        List<String> codebook = Files.readAllLines(folder.resolve("codebook.csv"), StandardCharsets.UTF_8);
        assertThat(codebook.get(0)).endsWith(",scale_wording,instructions");
        assertThat(codebook).contains("warmth_3,warmth,My partner ignored me when I talked.,1,1,5,"
                + "1=never|2=rarely|3=sometimes|4=often|5=always,1,frequency," + INSTRUCTIONS);
        assertThat(codebook).hasSize(7).allSatisfy(line -> assertThat(line.toLowerCase()).doesNotContain("agree"));
    }
}
