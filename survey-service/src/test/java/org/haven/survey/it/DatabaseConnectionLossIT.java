package org.haven.survey.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.transaction.TransactionManager;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.survey.database.CompletingTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What a PostgreSQL restart does to the service, without restarting the shared server: every backend
 * connection of the service is terminated (SQLState 57P01, as at a shutdown), again and again, while
 * participants submit through the HTTP API from several threads. No submission may get a 500, and the store
 * holds exactly one QuestionnaireSubmitted per participant and wave: none lost, none twice.
 */
class DatabaseConnectionLossIT extends ServiceTestSupport {

    private static final int PARTICIPANTS = 200;
    private static final int WAVES = 2;
    private static final int CLIENTS = 8;
    /**
     * A restart every 2.5 s, each ending every connection the service holds: several during the stream, yet far
     * enough apart that a retried request is not caught by the next one (a real restart happens once).
     */
    /** A simulated restart after every sixth of the stream, however fast the machine answers. */
    private static final int KILL_EVERY = PARTICIPANTS * WAVES / 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
        // a small pool: the PostgreSQL server is shared, and a few connections are enough to lose
        registry.add("haven.db.pool-size", () -> "8");
    }

    @Autowired
    private TransactionManager axonTransactions;

    private record Sent(String participantId, int wave, ApiClient.Response response) {
    }

    @Test
    void terminated_database_connections_during_a_submission_stream_lose_no_submission() throws Exception {
        assumeThat(TestDatabase.postgresAvailable()).as("terminating backends needs PostgreSQL").isTrue();
        String studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        List<Enrolled> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(enroll(studyId));
        }

        AtomicBoolean streaming = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger terminated = new AtomicInteger();
        AtomicInteger restarts = new AtomicInteger();
        AtomicReference<Exception> killerFailure = new AtomicReference<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Sent> sent = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "")) {
            Thread killer = new Thread(() -> {
                try {
                    terminateBackendsWhile(admin, streaming, answered, terminated, restarts);
                } catch (SQLException | InterruptedException e) {
                    killerFailure.set(e);
                }
            }, "backend-killer");
            try {
                List<Future<List<Sent>>> streams = new ArrayList<>();
                for (Enrolled participant : participants) {
                    streams.add(clients.submit(() -> submitEveryWave(participant, answered)));
                }
                killer.start();
                for (Future<List<Sent>> stream : streams) {
                    sent.addAll(stream.get(5, TimeUnit.MINUTES));
                }
            } finally {
                streaming.set(false);
                killer.join();
                clients.shutdownNow();
            }
            assertThat(killerFailure.get()).as("terminating the backends").isNull();
            System.out.printf("DatabaseConnectionLossIT: %d submissions, %d simulated restarts, %d connections ended%n",
                    sent.size(), restarts.get(), terminated.get());
            assertAcceptedAndStoredOnce(sent, restarts.get(), submittedPerParticipantWave(admin, studyId));
        }
    }

    @Test
    void commands_run_in_transactions_that_an_error_cannot_leave_open() {
        assertThat(axonTransactions).isInstanceOf(CompletingTransactionManager.class);
    }

    private static void assertAcceptedAndStoredOnce(List<Sent> sent, int restarts, Map<String, Integer> stored) {
        assertThat(restarts).as("simulated restarts that ended connections during the stream").isGreaterThanOrEqualTo(3);
        List<String> failed = sent.stream().filter(s -> s.response().status() != 201 && s.response().status() != 200)
                .map(s -> s.participantId() + " wave " + s.wave() + ": " + s.response().status() + " "
                        + s.response().body()).toList();
        assertThat(failed).as("submissions not accepted").isEmpty();
        assertThat(sent).hasSize(PARTICIPANTS * WAVES);
        assertThat(stored).as("participant-waves stored").hasSize(PARTICIPANTS * WAVES);
        assertThat(stored.values()).as("QuestionnaireSubmitted events per participant-wave").containsOnly(1);
    }

    private List<Sent> submitEveryWave(Enrolled participant, AtomicInteger answered) {
        List<Sent> sent = new ArrayList<>();
        for (int wave = 1; wave <= WAVES; wave++) {
            sent.add(new Sent(participant.participantId(), wave, api.postJson("/api/participant/submissions",
                    ApiClient.bearer(participant.token()), "{\"submissionId\":\"loss-" + wave + "\",\"wave\":" + wave
                            + ",\"answers\":{\"respect_1\":" + (1 + wave) + ",\"trust_1\":5}}")));
            answered.incrementAndGet();
        }
        return sent;
    }

    /**
     * What a database restart does to every open connection of the service, each time another sixth of the stream
     * was answered (by progress, not by the clock: a fast machine would otherwise finish between two restarts).
     */
    private static void terminateBackendsWhile(Connection admin, AtomicBoolean streaming, AtomicInteger answered,
                                               AtomicInteger terminated, AtomicInteger restarts)
            throws SQLException, InterruptedException {
        String database = TestDatabase.POSTGRES_URL.substring(TestDatabase.POSTGRES_URL.lastIndexOf('/') + 1);
        try (PreparedStatement terminate = admin.prepareStatement("SELECT COUNT(pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            int next = KILL_EVERY;
            while (streaming.get()) {
                if (answered.get() < next) {
                    Thread.sleep(5);
                    continue;
                }
                next += KILL_EVERY;
                try (ResultSet rows = terminate.executeQuery()) {
                    rows.next();
                    int ended = rows.getInt(1);
                    terminated.addAndGet(ended);
                    restarts.addAndGet(ended > 0 ? 1 : 0);
                }
            }
        }
    }

    private static Map<String, Integer> submittedPerParticipantWave(Connection connection, String studyId)
            throws Exception {
        Map<String, Integer> count = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT e.aggregateidentifier, e.payload"
                     + " FROM domainevententry e JOIN participant p ON p.participant_id = e.aggregateidentifier"
                     + " WHERE p.study_id = ? AND e.payloadtype = ?")) {
            query.setString(1, studyId);
            query.setString(2, QuestionnaireSubmitted.class.getName());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int wave = JSON.readTree(rows.getBytes(2)).get("wave").asInt();
                    count.merge(rows.getString(1) + "/" + wave, 1, Integer::sum);
                }
            }
        }
        return count;
    }
}
