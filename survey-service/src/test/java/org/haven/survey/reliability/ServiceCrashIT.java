package org.haven.survey.reliability;

import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.Enrolled;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service process is killed with SIGKILL in the middle of a stream of submissions and started again: every
 * submission that got a 2xx answer has its event in the store, and the submissions whose answer was lost in the
 * crash, sent again with the same submission id, end with exactly one event per participant.
 */
class ServiceCrashIT {

    private static final int PARTICIPANTS = 400;
    private static final int KILL_AFTER = 120;

    @TempDir
    Path work;

    private record Sent(String participantId, String submissionId, String token, int status) {
    }

    @Test
    void no_accepted_submission_is_lost_when_the_service_is_killed() throws Exception {
        Map<String, String> database = TestDatabase.properties();
        int port = freePort();
        Path log = work.resolve("service.log");
        AtomicReference<ServiceProcess> service = new AtomicReference<>(
                ServiceProcess.start(port, database, work.resolve("data"), log));
        try {
            String studyId = createStudy(service.get());
            List<Enrolled> participants = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                var enrolled = service.get().api.postJson("/api/studies/" + studyId + "/participants",
                        service.get().researcher(), "{\"consentFormVersion\":\"v1\"}");
                assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
                participants.add(new Enrolled(enrolled.json().get("participantId").asText(),
                        enrolled.json().get("token").asText()));
            }

            Map<String, Sent> answered = new ConcurrentHashMap<>();
            Map<String, Sent> lost = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            ApiClient client = new ApiClient(port);
            ExecutorService load = Executors.newFixedThreadPool(4);
            List<Future<?>> senders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                senders.add(load.submit(() -> {
                    for (int i = next.getAndIncrement(); i < PARTICIPANTS; i = next.getAndIncrement()) {
                        Enrolled p = participants.get(i);
                        String submissionId = "crash-" + i;
                        try {
                            var answer = submit(client, p.token(), submissionId, i);
                            answered.put(submissionId,
                                    new Sent(p.participantId(), submissionId, p.token(), answer.status()));
                        } catch (UncheckedIOException connectionLost) {
                            // killed before it answered: the outcome is unknown to the client
                            lost.put(submissionId, new Sent(p.participantId(), submissionId, p.token(), 0));
                            Thread.sleep(50);
                        }
                    }
                    return null;
                }));
            }
            while (answered.size() < KILL_AFTER) {
                Thread.sleep(5);
            }
            service.get().kill();
            int answeredBeforeKill = answered.size();
            service.set(ServiceProcess.start(port, database, work.resolve("data"), log));
            for (Future<?> sender : senders) {
                sender.get(5, TimeUnit.MINUTES);
            }
            load.shutdown();

            assertThat(answeredBeforeKill).isGreaterThanOrEqualTo(KILL_AFTER);
            assertThat(lost).as("requests cut off by the kill").isNotEmpty();
            assertThat(answered.values()).allSatisfy(sent -> assertThat(sent.status()).as(sent.submissionId())
                    .isEqualTo(201));
            Map<String, List<String>> stored = storedSubmissions(database, studyId);
            for (Sent sent : answered.values()) {
                assertThat(stored.get(sent.participantId())).as("event of accepted %s", sent.submissionId())
                        .containsExactly(sent.submissionId());
            }

            // the client's retry of what it never heard back about: stored now, or recognised as stored before
            for (Sent sent : lost.values()) {
                int i = Integer.parseInt(sent.submissionId().substring("crash-".length()));
                var retry = submit(service.get().api, sent.token(), sent.submissionId(), i);
                assertThat(retry.status()).as(retry.body()).isIn(200, 201);
            }
            stored = storedSubmissions(database, studyId);
            assertThat(stored).hasSize(PARTICIPANTS);
            assertThat(stored.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        } finally {
            service.get().close();
        }
    }

    private static ApiClient.Response submit(ApiClient client, String token, String submissionId, int i) {
        return client.postJson("/api/participant/submissions", ApiClient.bearer(token), "{\"submissionId\":\""
                + submissionId + "\",\"wave\":1,\"answers\":{\"respect_1\":" + (1 + i % 7) + ",\"trust_1\":"
                + (7 - i % 7) + "}}");
    }

    private static String createStudy(ServiceProcess service) {
        var study = service.api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Crash study\",\"waves\":[{\"type\":\"always\"}]}");
        assertThat(study.status()).as(study.body()).isEqualTo(201);
        String studyId = study.json().get("studyId").asText();
        var published = service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1",
                service.researcher(), "application/json", new byte[0]);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return studyId;
    }

    /** Participant id to the submission ids of their stored QuestionnaireSubmitted events, read with plain JDBC. */
    private static Map<String, List<String>> storedSubmissions(Map<String, String> database, String studyId)
            throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
             PreparedStatement query = connection.prepareStatement(
                     "SELECT aggregateidentifier, payload FROM domainevententry WHERE payloadtype = ?")) {
            query.setString(1, QuestionnaireSubmitted.class.getName());
            try (ResultSet rows = query.executeQuery()) {
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                while (rows.next()) {
                    var event = json.readTree(rows.getBytes(2));
                    if (studyId.equals(event.get("studyId").asText())) {
                        stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                                .add(event.get("submissionId").asText());
                    }
                }
            }
        }
        return stored;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
