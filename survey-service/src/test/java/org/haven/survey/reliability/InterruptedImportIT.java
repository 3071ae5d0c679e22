package org.haven.survey.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service process is killed with SIGKILL in the middle of an import. The import's record was written before
 * it stored anything, so after the restart the researcher sees it as INTERRUPTED with how far it got; importing
 * the same file again stores the rest, reports the earlier part as already imported, and enrolls nobody twice.
 */
class InterruptedImportIT {

    private static final int REFS = 800;
    private static final int WAVES = 2;

    @TempDir
    Path work;

    @Test
    void an_import_cut_off_by_a_kill_is_listed_as_interrupted_and_running_the_file_again_completes_it() throws Exception {
        Map<String, String> database = TestDatabase.properties();
        int port = ImportUnderMemoryLimitIT.freePort();
        Path log = work.resolve("service.log");
        byte[] file = file();
        ServiceProcess service = ServiceProcess.start(port, database, work.resolve("data"), log);
        String studyId;
        try {
            studyId = ImportStudies.create(service);
            CompletableFuture<HttpResponse<String>> cutOff = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(service.api.base() + "/api/studies/" + studyId + "/imports"))
                            .header("Authorization", service.researcher()).header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode running = awaitRunningWithStored(service, studyId, cutOff);
            assertThat(running.get("finishedAt").isNull()).isTrue();
            service.kill();
            assertThat(cutOff).failsWithin(30, TimeUnit.SECONDS);
        } finally {
            service.close();
        }

        service = ServiceProcess.start(port, database, work.resolve("data"), log);
        try {
            JsonNode interrupted = imports(service, studyId).get(0);
            assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
            int storedBeforeKill = interrupted.get("stored").asInt();
            assertThat(storedBeforeKill).isPositive().isLessThan(REFS * WAVES);
            assertThat(interrupted.get("researcher").asText()).isEqualTo(ServiceProcess.RESEARCHER);

            var again = service.api.post("/api/studies/" + studyId + "/imports", service.researcher(), "text/csv", file);

            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().get("errors")).isEmpty();
            int stored = again.json().get("stored").asInt();
            int already = again.json().get("alreadyImported").asInt();
            assertThat(stored + already).isEqualTo(REFS * WAVES);
            assertThat(already).isGreaterThanOrEqualTo(storedBeforeKill);
            JsonNode listed = imports(service, studyId);
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0).get("status").asText()).isEqualTo("COMPLETED");
            assertThat(listed.get(0).get("fileSha256").asText())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
            assertThat(listed.get(1).get("status").asText()).isEqualTo("INTERRUPTED");
            JsonNode progress = service.api.get("/api/studies/" + studyId + "/progress", service.researcher()).json();
            assertThat(progress.get("enrolled").asInt()).as("no reference enrolled twice").isEqualTo(REFS);
            for (int wave = 0; wave < WAVES; wave++) {
                assertThat(progress.get("waves").get(wave).get("imported").asInt()).isEqualTo(REFS);
            }
        } finally {
            service.close();
        }
    }

    private static JsonNode awaitRunningWithStored(ServiceProcess service, String studyId,
                                                   CompletableFuture<?> request) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(request).as("the import ended before it could be cut off").isNotDone();
            JsonNode listed = imports(service, studyId);
            if (!listed.isEmpty() && listed.get(0).get("status").asText().equals("RUNNING")
                    && listed.get(0).get("stored").asInt() > 0) {
                return listed.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import showed no progress in 120 s");
    }

    private static JsonNode imports(ServiceProcess service, String studyId) {
        var listed = service.api.get("/api/studies/" + studyId + "/imports", service.researcher());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json();
    }

    /** 800 new references x 2 waves x 3 items: 1,600 participant-waves. */
    private static byte[] file() {
        StringBuilder csv = new StringBuilder("participant_ref,wave,item_id,value,completed_on\n");
        for (int wave = 1; wave <= WAVES; wave++) {
            for (int ref = 0; ref < REFS; ref++) {
                for (String item : new String[] {"respect_1", "trust_1", "security_2"}) {
                    csv.append("CUT-").append(ref).append(',').append(wave).append(',').append(item).append(',')
                            .append(1 + (ref + wave) % 7).append(",2026-0").append(wave).append("-15\n");
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
