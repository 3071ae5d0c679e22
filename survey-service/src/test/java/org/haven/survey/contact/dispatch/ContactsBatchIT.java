package org.haven.survey.contact.dispatch;

import org.haven.survey.it.ApiClient;
import org.haven.survey.it.LinkPage;
import org.haven.survey.publishing.TopicRecords;
import org.haven.testing.AnalyticsBatchJar;
import org.haven.testing.KafkaTestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's contacts.csv against the mails GreenMail received: the service publishes its events on a real
 * broker, the batch jar reads them as an operator runs it, and every count in the file is the count of the
 * matching mails (recipients, kinds), of the participants who answered after k mails, of the refused and of the
 * stopped addresses.
 */
class ContactsBatchIT extends ContactEngineTestSupport {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final EmbeddedKafkaKraftBroker BROKER = KafkaTestBroker.start();
    private static final String TOPIC = "contacts-" + System.nanoTime();

    @TempDir
    Path work;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void publishing(DynamicPropertyRegistry registry) {
        contactEngine(registry);
        registry.add("haven.kafka.publisher.enabled", () -> "true");
        registry.add("haven.kafka.bootstrap-servers", BROKER::getBrokersAsString);
        registry.add("haven.kafka.topic", () -> TOPIC);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.destroy();
    }

    @Test
    void contacts_csv_counts_exactly_the_mails_that_were_delivered() throws Exception {
        Path batchJar = AnalyticsBatchJar.locate();
        String run = run();
        String studyId = createScheduledStudy("[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":10}]",
                schedule(List.of(2, 4), 24));
        CLOCK.advance(Duration.ofHours(24 - CLOCK.instant().atZone(UTC).getHour() + 10));
        newMails();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            addresses.add((i == 7 ? "gone" : "batch") + i + "-" + run + "@example.org");
            enrollByMail(studyId, addresses.get(i), UTC);
        }
        List<Mail> mails = new ArrayList<>(advance(Duration.ofHours(1), Duration.ofHours(1)));
        answer(mails, addresses.get(0));
        answer(mails, addresses.get(1));
        stop(mails, addresses.get(2));
        mails.addAll(advance(Duration.ofDays(3), Duration.ofHours(1)));
        answer(mails, addresses.get(3));
        mails.addAll(advance(Duration.ofDays(3), Duration.ofHours(1)));
        answer(mails, addresses.get(4));
        mails.addAll(advance(Duration.ofDays(5), Duration.ofHours(1)));
        List<Mail> ours = mails.stream().filter(mail -> addresses.contains(mail.to())).toList();

        Set<String> stored = Set.copyOf(jdbc.queryForList("SELECT eventidentifier FROM domainevententry WHERE"
                + " aggregateidentifier = ? OR aggregateidentifier IN (SELECT participant_id FROM participant WHERE"
                + " study_id = ?)", String.class, studyId, studyId));
        TopicRecords.awaitRecords(BROKER.getBrokersAsString(), TOPIC, Duration.ofSeconds(60), records -> records
                .stream().map(r -> TopicRecords.header(r, "axon-message-id")).collect(Collectors.toSet())
                .containsAll(stored));
        List<String> csv = contactsCsv(batchJar, studyId);

        // counted from the delivered mails, independently of the service's own figures
        long invited = count(ours, "Invitation", -1);
        assertThat(invited).isEqualTo(7);
        assertThat(csv).containsExactly("wave,measure,ordinal,value",
                "1,invited,," + invited,
                "1,reminded,1," + count(ours, "Reminder", 1),
                "1,reminded,2," + count(ours, "Reminder", 2),
                "1,reminded,3," + count(ours, "Last reminder", -1),
                "1,responded,0,2",
                "1,responded,1,1",
                "1,responded,2,1",
                "1,failed,,1",
                "1,opted_out,,1",
                // answered on days 0, 0, 3 and 6 after the invitation
                "1,median_days_to_response,,1.5");
        assertThat(count(ours, "Reminder", 1)).isEqualTo(4); // 7 invited - 2 answered - 1 stopped
        assertThat(count(ours, "Reminder", 2)).isEqualTo(3);
        assertThat(count(ours, "Last reminder", -1)).isEqualTo(2);
    }

    /** Mails of one kind; for reminders, the n-th reminder each participant received (n from 1), or all with -1. */
    private static long count(List<Mail> mails, String kind, int n) {
        if (n < 0) {
            return mails.stream().filter(mail -> mail.kind().equals(kind)).count();
        }
        return mails.stream().filter(mail -> mail.kind().equals(kind))
                .collect(Collectors.groupingBy(Mail::to, Collectors.counting()))
                .values().stream().filter(received -> received >= n).count();
    }

    private void answer(List<Mail> mails, String address) {
        Mail mail = latest(mails, address);
        var submitted = api.postJson("/api/participant/submissions", ApiClient.bearer(mail.token()),
                "{\"submissionId\":\"batch-" + address.hashCode() + "\",\"wave\":1,\"answers\":{\"respect_1\":4}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    }

    private void stop(List<Mail> mails, String address) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        LinkPage page = LinkPage.open(http, api.base());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/p/stop"))
                .header("Content-Type", "application/json").header("Cookie", page.cookies())
                .header(page.csrfHeader(), page.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + latest(mails, address).stopToken() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(204);
    }

    private static Mail latest(List<Mail> mails, String address) {
        return mails.stream().filter(mail -> mail.to().equals(address)).reduce((first, second) -> second).orElseThrow();
    }

    private List<String> contactsCsv(Path batchJar, String studyId) throws Exception {
        Path out = work.resolve("out");
        Path log = work.resolve("batch.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", batchJar.toString(), "--bootstrap-servers="
                + BROKER.getBrokersAsString(), "--topic=" + TOPIC, "--study=" + studyId, "--out=" + out,
                "--haven.data-dir=" + work.resolve("batch-data")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HAVEN_EXPORT_KEY", "contacts-batch-it-export-key-3e1a");
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the batch finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        try (Stream<Path> folders = Files.list(out)) {
            Path folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
            String report = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
            assertThat(report).contains("Contacts and responses", "Answered after reminder 1");
            return Files.readAllLines(folder.resolve("contacts.csv"), StandardCharsets.UTF_8);
        }
    }
}
