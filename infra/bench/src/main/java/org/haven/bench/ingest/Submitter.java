package org.haven.bench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** POST /api/participant/submissions with a participant's own token: the request a participant's browser makes. */
public final class Submitter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final EstiAnswers answers;
    private final String runTag;

    public Submitter(URI service, EstiAnswers answers, String runTag) {
        this.endpoint = service.resolve("/api/participant/submissions");
        this.answers = answers;
        this.runTag = runTag;
    }

    public String submissionId(ParticipantPool.Slot slot) {
        return runTag + "-" + slot.token().substring(0, 12) + "-p" + slot.participant() + "-w" + slot.wave();
    }

    public HttpRequest request(ParticipantPool.Slot slot, String submissionId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submissionId);
        body.put("wave", slot.wave());
        body.put("answers", answers.answers(slot.participant(), slot.wave()));
        try {
            return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + slot.token())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
