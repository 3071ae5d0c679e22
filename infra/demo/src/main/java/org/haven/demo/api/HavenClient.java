package org.haven.demo.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey-service's public HTTP API, as a researcher (HTTP Basic) and as participants (their own Bearer
 * token). Only endpoints a real client uses: the demo has no back door into the service.
 */
public final class HavenClient {

    public record Enrolled(String participantId, String token) {
    }

    /** The study's events in the event store: how many, and the aggregate ids (= Kafka record keys) they have. */
    public record AuditSummary(int events, Set<String> aggregateIds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String researcherAuth;

    public HavenClient(URI base, String researcher, String password) {
        this.base = base;
        this.researcherAuth = "Basic " + Base64.getEncoder()
                .encodeToString((researcher + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Every wave "always" open: a demo answers all waves today (see infra/README.md, demo.sh). */
    public String createStudy(String title, int waves) {
        List<Map<String, String>> windows = new ArrayList<>();
        for (int i = 0; i < waves; i++) {
            windows.add(Map.of("type", "always"));
        }
        return createStudy(title, windows);
    }

    /** @param windows one wave window per wave, in the API's shape ({@code {"type": "always"}} ...) */
    public String createStudy(String title, List<? extends Map<String, ?>> windows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("importsMayEnroll", true);
        body.put("waves", windows);
        return send("create study", researcher("/api/studies").POST(json(body)), 201).get("studyId").asText();
    }

    public void publishEsti(String studyId) {
        send("publish ESTI v1", researcher("/api/studies/" + studyId + "/instruments/builtin/esti-v1")
                .POST(HttpRequest.BodyPublishers.noBody()), 201);
    }

    public Enrolled enroll(String studyId) {
        JsonNode answer = send("enroll", researcher("/api/studies/" + studyId + "/participants")
                .POST(json(Map.of("consentFormVersion", "demo-consent-v1"))), 201);
        return new Enrolled(answer.get("participantId").asText(), answer.get("token").asText());
    }

    /**
     * Enrolls a participant with a contact address in a study with a contact schedule: the answer carries no token,
     * the contact engine mails the links.
     */
    public String enrollWithAddress(String studyId, String address) {
        JsonNode answer = send("enroll with an address", researcher("/api/studies/" + studyId + "/participants")
                .POST(json(Map.of("consentFormVersion", "demo-consent-v1", "contactEmail", address))), 201);
        if (!answer.path("linkSentByMail").asBoolean(false) || answer.has("token")) {
            throw new ApiException("enroll with an address: the service did not leave the link to its mails");
        }
        return answer.get("participantId").asText();
    }

    /** {@code PUT /api/studies/{id}/contact-schedule}; parts left out take the service's defaults. */
    public void setContactSchedule(String studyId, Map<String, ?> schedule) {
        send("set the contact schedule", researcher("/api/studies/" + studyId + "/contact-schedule")
                .PUT(json(schedule)), 200);
    }

    /** A retry with the same submission id is answered 200 by the service, so a lost answer may be re-sent. */
    public void submit(String token, String submissionId, int wave, Map<String, Integer> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submissionId);
        body.put("wave", wave);
        body.put("answers", answers);
        HttpRequest.Builder request = request("/api/participant/submissions")
                .header("Authorization", "Bearer " + token).POST(json(body));
        try {
            send("submit wave " + wave, request, 201, 200);
        } catch (ApiException first) {
            if (!(first.getCause() instanceof IOException)) {
                throw first;
            }
            send("submit wave " + wave + " (retry)", request, 201, 200);
        }
    }

    public ImportResult importCsv(String studyId, byte[] csv) {
        HttpRequest request = researcher("/api/studies/" + studyId + "/imports")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        HttpResponse<String> response = exchange("import CSV", request);
        if (response.statusCode() != 200 && response.statusCode() != 422) {
            throw failure("import CSV", response);
        }
        JsonNode answer = parse("import CSV", response.body());
        List<ImportResult.RowError> errors = new ArrayList<>();
        for (JsonNode error : answer.path("errors")) {
            errors.add(new ImportResult.RowError(error.path("line").asLong(),
                    error.hasNonNull("wave") ? error.get("wave").asInt() : null,
                    error.hasNonNull("itemId") ? error.get("itemId").asText() : null,
                    error.path("reason").asText()));
        }
        return new ImportResult(response.statusCode(), answer.path("stored").asInt(),
                answer.path("alreadyImported").asInt(), answer.path("rejected").asInt(), errors);
    }

    public AuditSummary audit(String studyId) {
        JsonNode entries = send("read the audit trail", researcher("/api/studies/" + studyId + "/audit").GET(), 200);
        Set<String> ids = new HashSet<>();
        ids.add(studyId);
        for (JsonNode entry : entries) {
            if (entry.hasNonNull("participantId")) {
                ids.add(entry.get("participantId").asText());
            }
        }
        return new AuditSummary(entries.size(), ids);
    }

    private HttpRequest.Builder researcher(String path) {
        return request(path).header("Authorization", researcherAuth);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private JsonNode send(String what, HttpRequest.Builder request, int... expected) {
        HttpResponse<String> response = exchange(what, request.header("Content-Type", "application/json").build());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return parse(what, response.body());
            }
        }
        throw failure(what, response);
    }

    private HttpResponse<String> exchange(String what, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiException(what + ": no answer from " + base + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(what + ": interrupted", e);
        }
    }

    private static JsonNode parse(String what, String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException(what + ": the answer is not JSON: " + abbreviate(body));
        }
    }

    private static ApiException failure(String what, HttpResponse<String> response) {
        return new ApiException(what + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
