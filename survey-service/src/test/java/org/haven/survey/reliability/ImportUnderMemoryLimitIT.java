package org.haven.survey.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import under a small heap: the packaged service in its own process with {@code -Xmx256m} and the default
 * 50 MB import limit gets a 50 MB file of blank lines and a 50 MB file of bad rows, each generated while it is
 * sent. Both get their 4xx answer, the process logs no OutOfMemoryError and still imports a small file.
 */
class ImportUnderMemoryLimitIT {

    private static final long MAX_BYTES = 52_428_800;
    private static final String HEADER = "participant_ref,wave,item_id,value\n";
    private static final List<String> ITEMS = InstrumentLoader.esti().items().stream().map(Item::id).toList();
    private static final int REFS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static ServiceProcess service;
    private static String studyId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start(freePort(), TestDatabase.properties(), work.resolve("data"), log(),
                List.of("-Xmx256m", "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + work));
        studyId = ImportStudies.create(service);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void a_50_mb_file_of_blank_lines_is_refused_as_having_no_rows() throws Exception {
        GeneratedCsv blank = GeneratedCsv.upTo(MAX_BYTES, HEADER, i -> "\n");
        assertThat(blank.length()).isEqualTo(MAX_BYTES);

        HttpResponse<String> answer = send(blank);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("detail").asText()).contains("no rows");
        stillHealthy();
    }

    /**
     * Row i: reference R-(10,000 + i mod 1,000), wave 1, item number (i div 1,000) mod 36, value 9 (outside 1..7). The first
     * 36,000 rows are 36,000 distinct participant-wave-items, one error each; every later row repeats an item of
     * its participant-wave, two errors each.
     */
    @Test
    void a_50_mb_file_of_bad_rows_gets_422_with_the_first_thousand_errors_and_the_count_of_the_rest() throws Exception {
        GeneratedCsv bad = GeneratedCsv.upTo(MAX_BYTES, HEADER,
                i -> "R-" + (10_000 + i % REFS) + ",1," + ITEMS.get((int) (i / REFS % ITEMS.size())) + ",9\n");
        long rows = bad.rowCount();
        long distinct = (long) REFS * ITEMS.size();
        long expectedErrors = rows + (rows - distinct);
        assertThat(bad.length()).isGreaterThan(MAX_BYTES - 64);

        HttpResponse<String> answer = send(bad);

        assertThat(answer.statusCode()).as(answer.body().substring(0, Math.min(500, answer.body().length())))
                .isEqualTo(422);
        JsonNode report = JSON.readTree(answer.body());
        assertThat(report.get("stored").asInt()).isZero();
        assertThat(report.get("rejected").asInt()).isEqualTo(REFS);
        JsonNode errors = report.get("errors");
        assertThat(errors).hasSize(1_000);
        assertThat(errors.get(0).get("line").asLong()).isEqualTo(2);
        assertThat(errors.get(999).get("line").asLong()).isEqualTo(1_001);
        assertThat(errors.get(999).get("reason").asText()).contains("outside the scale 1 to 7");
        assertThat(report.get("moreErrors").asLong()).isEqualTo(expectedErrors - 1_000);
        assertThat(answer.body().length()).as("the answer stays small").isLessThan(200_000);

        JsonNode record = JSON.readTree(service.api.get("/api/studies/" + studyId + "/imports?limit=1",
                service.researcher()).body()).get(0);
        assertThat(record.get("importId").asText()).isEqualTo(report.get("importId").asText());
        assertThat(record.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(record.get("rowErrors").asLong()).isEqualTo(expectedErrors);
        assertThat(record.get("fileBytes").asLong()).isEqualTo(bad.length());
        stillHealthy();
    }

    private void stillHealthy() throws Exception {
        assertThat(Files.readString(log())).doesNotContain("OutOfMemoryError");
        assertThat(service.isAlive()).isTrue();
        var small = service.api.post("/api/studies/" + studyId + "/imports", service.researcher(), "text/csv",
                (HEADER + "OK-" + System.nanoTime() + ",1,respect_1,4\n").getBytes(StandardCharsets.UTF_8));
        assertThat(small.status()).as(small.body()).isEqualTo(200);
        assertThat(small.json().get("stored").asInt()).isEqualTo(1);
    }

    private HttpResponse<String> send(GeneratedCsv file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.api.base() + "/api/studies/" + studyId
                        + "/imports"))
                .header("Authorization", service.researcher())
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(file::again),
                        file.length()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Path log() {
        return work.resolve("service.log");
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
