package org.haven.bench.ingest;

import org.haven.bench.Args;
import org.haven.bench.report.Results;
import org.haven.events.Actor;
import org.haven.events.json.EventCodec;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.instrument.InstrumentLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage limit: plain JDBC batch inserts of the same serialized QuestionnaireSubmitted events (events-schema's
 * JSON, the service's serializer mapper) into a copy of Axon's domainevententry table, from several threads.
 * Run twice: one event per transaction (what each command costs the store) and 100 per transaction.
 */
public final class JdbcBaseline {

    private static final String DDL = """
            DROP TABLE IF EXISTS bench_domainevententry;
            CREATE TABLE bench_domainevententry (
                globalindex BIGSERIAL NOT NULL, aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL,
                type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL, metadata BYTEA, payload BYTEA NOT NULL,
                payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,
                PRIMARY KEY (globalindex), UNIQUE (aggregateidentifier, sequencenumber), UNIQUE (eventidentifier))""";
    private static final String INSERT = "INSERT INTO bench_domainevententry (aggregateidentifier, sequencenumber, type,"
            + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?,?,?,?,?,?,?,?,?)";

    private JdbcBaseline() {
    }

    public static void run(Args args) throws Exception {
        String url = args.text("jdbc-url");
        String user = args.text("jdbc-user", "postgres");
        int threads = args.number("threads", 4);
        int seconds = args.number("hold", 30);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int batch : new int[] {1, 100}) {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 Statement statement = connection.createStatement()) {
                statement.execute(DDL);
            }
            double rate = measure(url, user, threads, batch, seconds);
            figures.put("jdbc.batch" + batch + ".rate", rate);
            System.out.printf("jdbc: %d per transaction, %d threads: %.0f events/s%n", batch, threads, rate);
        }
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_domainevententry");
        }
        figures.put("jdbc.threads", threads);
        figures.put("jdbc.held_s", seconds);
        Results.append(Path.of(args.text("results")), figures);
    }

    private static double measure(String url, String user, int threads, int batch, int seconds) throws Exception {
        EventCodec codec = EventCodec.standard();
        EstiAnswers answers = new EstiAnswers(InstrumentLoader.esti());
        byte[] metadata = "{\"traceId\":\"00000000-0000-0000-0000-000000000000\",\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}"
                .getBytes(StandardCharsets.UTF_8);
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, "")) {
                    connection.setAutoCommit(false);
                    PreparedStatement insert = connection.prepareStatement(INSERT);
                    long n = 0;
                    while (System.nanoTime() < end) {
                        for (int i = 0; i < batch; i++, n++) {
                            String participant = UUID.randomUUID().toString();
                            QuestionnaireSubmitted event = new QuestionnaireSubmitted(participant, "bench-study", 1, "esti",
                                    1, answers.answers(n, 1), null, "s-" + participant, SubmissionSource.WEB,
                                    LocalDate.now(), Actor.participant(participant));
                            insert.setString(1, participant);
                            insert.setLong(2, 1);
                            insert.setString(3, "Participant");
                            insert.setString(4, UUID.randomUUID().toString());
                            insert.setBytes(5, metadata);
                            insert.setBytes(6, codec.write(event));
                            insert.setString(7, "2");
                            insert.setString(8, QuestionnaireSubmitted.class.getName());
                            insert.setString(9, Instant.now().toString());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        connection.commit();
                        inserted.addAndGet(batch);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return inserted.get() / ((System.nanoTime() - start) / 1e9);
    }
}
