package org.haven.survey.reliability;

import org.haven.survey.contact.dispatch.TestMailServer;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact engine in deployed services ({@code java -jar}, the real clock, one PostgreSQL database) and a real
 * SMTP server: two instances dispatching the same outbox mail each contact once; the only sending instance killed
 * with SIGKILL in the middle of a round and started again delivers every due contact, with at most one mail twice
 * (an instance sends one mail at a time, so at most one was in flight at the kill).
 */
class ContactDispatchCrashIT {

    private static final int PARTICIPANTS = 60;

    @TempDir
    Path work;

    private final TestMailServer mail = new TestMailServer();

    @BeforeEach
    void startMailServer() {
        mail.start();
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void two_instances_on_one_database_mail_each_invitation_once() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ServiceProcess one = start("one"); ServiceProcess two = start("two")) {
            String studyId = scheduledStudy(one);
            List<String> addresses = enroll(one, studyId, "twice-" + run, PARTICIPANTS);
            Map<String, Long> received = awaitMails(addresses, 120);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(received.values()).as("mails per participant").containsOnly(1L);
        }
    }

    @Test
    void a_killed_sender_restarted_delivers_every_invitation_with_at_most_the_one_in_flight_twice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int port = freePort();
        ServiceProcess service = start(port, "killed");
        List<String> addresses;
        int deliveredAtKill;
        java.time.Instant killedAt;
        try {
            String studyId = scheduledStudy(service);
            addresses = enroll(service, studyId, "killed-" + run, PARTICIPANTS * 2);
            deliveredAtKill = awaitSome(addresses, 10);
            service.kill();
            killedAt = java.time.Instant.now();
        } finally {
            service.close();
        }
        assertThat(deliveredAtKill).as("killed in the middle of the round").isLessThan(addresses.size());
        try (ServiceProcess restarted = start(port, "restarted")) {
            Map<String, Long> received = awaitMails(addresses, 180);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            long twice = received.values().stream().filter(count -> count > 1).count();
            assertThat(received.values()).allMatch(count -> count <= 2);
            assertThat(twice).as("mails sent twice (at most the one in flight at the kill): %s, killed at %s",
                    mail.received().stream().filter(m -> received.getOrDefault(m.to(), 0L) > 1)
                            .map(m -> m.to() + "@" + m.sentAt()).sorted().toList(), killedAt)
                    .isLessThanOrEqualTo(1);
        }
    }

    private ServiceProcess start(String name) throws Exception {
        return start(freePort(), name);
    }

    private ServiceProcess start(int port, String name) throws Exception {
        Map<String, String> settings = new HashMap<>(TestDatabase.properties());
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", Integer.toString(mail.port()));
        settings.put("haven.public-url", "https://haven.example.org");
        settings.put("haven.contact.from", "study-team@example.org");
        settings.put("haven.contact.dispatch-interval", "1s");
        settings.put("haven.contact.claim-lease", "10s");
        return ServiceProcess.start(port, settings, work.resolve("data-" + name), work.resolve(name + ".log"));
    }

    /** A study whose one wave opens at enrollment, with the default templates and no quiet hours (real clock). */
    private static String scheduledStudy(ServiceProcess service) {
        var study = service.api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Dispatch study\",\"waves\":[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":30}]}");
        assertThat(study.status()).as(study.body()).isEqualTo(201);
        String studyId = study.json().get("studyId").asText();
        var published = service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1",
                service.researcher(), "application/json", new byte[0]);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        var schedule = service.api.putJson("/api/studies/" + studyId + "/contact-schedule", service.researcher(),
                "{\"reminderDays\":[],\"quietFrom\":\"00:00\",\"quietUntil\":\"00:00\"}");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        return studyId;
    }

    private static List<String> enroll(ServiceProcess service, String studyId, String prefix, int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String address = prefix + "-" + i + "@example.org";
            var enrolled = service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + address + "\"}");
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
            addresses.add(address);
        }
        return addresses;
    }

    private Map<String, Long> received(List<String> addresses) {
        return mail.received().stream().map(TestMailServer.ReceivedMail::to).filter(addresses::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Waits until every address got its mail (and a little longer, for duplicates to show). */
    private Map<String, Long> awaitMails(List<String> addresses, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline && received(addresses).size() < addresses.size()) {
            Thread.sleep(200);
        }
        Thread.sleep(3000);
        return received(addresses);
    }

    /** Waits until at least {@code some} of the addresses got mail; returns how many had then. */
    private int awaitSome(List<String> addresses, int some) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            int delivered = received(addresses).size();
            if (delivered >= some) {
                return delivered;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no mail arrived within 120 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
