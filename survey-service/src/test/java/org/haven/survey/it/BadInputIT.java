package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/requests.json}): every request is refused with its
 * status and a problem detail that mentions what is wrong, and the event store holds as many events after it as
 * before (counted with plain JDBC). Each case has its own enrolled participant with a valid token, so a refusal is
 * never explained by a missing participant or an earlier submission.
 */
class BadInputIT extends ServiceTestSupport {

    private static final String CORPUS = "/bad-input/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @TestFactory
    Stream<DynamicTest> every_bad_request_is_refused_with_a_problem_detail_and_stores_nothing() throws IOException {
        JsonNode corpus = JSON.readTree(resource("requests.json"));
        List<JsonNode> cases = new ArrayList<>();
        corpus.get("cases").forEach(cases::add);
        assertThat(cases).as("cases in the corpus").hasSizeGreaterThanOrEqualTo(50);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> refused(c)));
    }

    /**
     * {@code csv/bad-rows.csv}: two good participant-waves, and eight bad rows of seven kinds (line 5 is good but
     * shares its participant-wave with the bad line 4, so it must not be stored either).
     */
    @org.junit.jupiter.api.Test
    void a_file_with_bad_rows_stores_none_of_their_participant_waves_and_reports_every_bad_line() throws Exception {
        String study = createStudy(true, "[{\"type\":\"always\"}]");
        long before = eventCount();
        byte[] file;
        try (InputStream in = resource("csv/bad-rows.csv")) {
            file = in.readAllBytes();
        }

        var report = api.post("/api/studies/" + study + "/imports", researcher(), "text/csv", file);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("stored").asInt()).as(report.body()).isEqualTo(2);
        List<Integer> lines = new ArrayList<>();
        report.json().get("errors").forEach(error -> lines.add(error.get("line").asInt()));
        assertThat(lines).as(report.body()).containsExactlyInAnyOrder(4, 6, 7, 8, 9, 10, 11);
        assertThat(report.json().get("errors").toString()).contains("outside the scale", "no_such_item");
        // R-OK and R-OK2 enrolled on the fly (2 events) and one submission each; nothing of the bad refs
        assertThat(eventCount()).isEqualTo(before + 2 + 2);
    }

    private String studyId;
    private String token;

    private void refused(JsonNode c) throws Exception {
        if (studyId == null) {
            Instant past = Instant.now().minus(30, ChronoUnit.DAYS);
            studyId = createStudy(true, "[{\"type\":\"always\"},{\"type\":\"absolute\",\"opensAt\":\"" + past
                    + "\",\"closesAt\":\"" + past.plus(7, ChronoUnit.DAYS) + "\"}]");
        }
        // a participant of its own per case: a wrongly accepted request cannot turn the next cases into retries
        token = enroll(studyId).token();
        long before = eventCount();
        HttpResponse<String> response = http.send(request(c), HttpResponse.BodyHandlers.ofString());

        String body = response.body();
        assertThat(response.statusCode()).as(body).isEqualTo(c.get("status").asInt());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(body)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(c.get("status").asInt());
        List<String> mentions = new ArrayList<>();
        if (c.get("mentions").isArray()) {
            c.get("mentions").forEach(mention -> mentions.add(mention.asText()));
        } else {
            mentions.add(c.get("mentions").asText());
        }
        assertThat(problem.path("detail").asText() + " " + problem.path("errors")).as("problem detail")
                .contains(mentions);
        if (c.has("absent")) {
            assertThat(body).as("a part of the request the answer must not quote").doesNotContain(c.get("absent").asText());
        }
        byte[] sent = body(c);
        if (sent != null && sent.length > 40) {
            assertThat(body).as("the answer quotes the request body")
                    .doesNotContain(new String(sent, StandardCharsets.UTF_8).substring(0, 40));
        }
        assertThat(eventCount()).as("events stored by a refused request").isEqualTo(before);
    }

    private HttpRequest request(JsonNode c) throws IOException {
        String path = c.get("path").asText().replace("{study}", studyId);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        String authorization = authorization(c.path("auth").asText("none"));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (c.has("contentType")) {
            builder.header("Content-Type", c.get("contentType").asText());
        }
        c.path("headers").fields().forEachRemaining(header -> builder.header(header.getKey(), header.getValue().asText()));
        String method = c.path("method").asText("POST");
        byte[] body = body(c);
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private String authorization(String auth) {
        switch (auth) {
            case "none":
                return null;
            case "participant":
                return ApiClient.bearer(token);
            case "researcher":
                return researcher();
            case "Bearer TOKEN4000":
                // longer headers are refused by Tomcat itself (8 KB limit), with its own page
                return "Bearer " + "A".repeat(4_000);
            default:
                return auth;
        }
    }

    private static byte[] body(JsonNode c) throws IOException {
        if (c.has("body")) {
            return c.get("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (c.has("bodyBase64")) {
            return Base64.getDecoder().decode(c.get("bodyBase64").asText());
        }
        if (c.has("bodyFile")) {
            try (InputStream in = resource(c.get("bodyFile").asText())) {
                return in.readAllBytes();
            }
        }
        if (c.has("repeat")) {
            JsonNode repeat = c.get("repeat");
            return (repeat.get("prefix").asText() + repeat.get("unit").asText().repeat(repeat.get("times").asInt())
                    + repeat.get("suffix").asText()).getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private static InputStream resource(String name) {
        InputStream in = BadInputIT.class.getResourceAsStream(CORPUS + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing test resource " + CORPUS + name));
        }
        return in;
    }
}
