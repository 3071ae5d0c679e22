package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.survey.access.SignInThrottle;
import org.haven.survey.access.SteppingClock;
import org.haven.survey.access.ThrottleSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins and token guesses through the real HTTP stack, behind a trusted proxy
 * ({@code server.forward-headers-strategy=native}: Tomcat trusts a proxy on loopback), so that
 * {@code X-Forwarded-For} stands for the client's address and one test can speak from several. The throttle runs
 * on a clock the test moves on.
 */
@Import(SignInThrottlingIT.ThrottleOnTestClock.class)
class SignInThrottlingIT extends ServiceTestSupport {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-12-03T09:00:00Z"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STUDIES = "/api/studies";
    private static final String QUESTIONNAIRE = "/api/participant/questionnaire";

    @TestConfiguration
    static class ThrottleOnTestClock {
        @Bean
        @Primary
        SignInThrottle throttleOnTestClock(ThrottleSettings settings) {
            return new SignInThrottle(settings, CLOCK);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_attackers_guesses_get_429_while_the_same_account_signs_in_from_another_address() {
        String attacker = "203.0.113.10";
        for (int i = 0; i < 5; i++) {
            assertThat(get(STUDIES, ApiClient.basic(RESEARCHER, "guess " + i), attacker).statusCode()).isEqualTo(401);
        }

        tooManyAttempts(get(STUDIES, ApiClient.basic(RESEARCHER, "guess 5"), attacker));
        tooManyAttempts(get(STUDIES, researcher(), attacker));
        assertThat(get(STUDIES, researcher(), "198.51.100.20").statusCode()).isEqualTo(200);
        assertThat(get(STUDIES, researcher(), null).statusCode()).as("the connection's own address").isEqualTo(200);
    }

    @Test
    void passwords_guessed_on_the_health_endpoint_count_and_are_blocked_like_the_apis() {
        String attacker = "203.0.113.14";
        for (int i = 0; i < 5; i++) {
            assertThat(get("/actuator/health", ApiClient.basic(RESEARCHER, "guess " + i), attacker).statusCode())
                    .isEqualTo(401);
        }

        tooManyAttempts(get("/actuator/health", researcher(), attacker));
        tooManyAttempts(get(STUDIES, researcher(), attacker));
        assertThat(get("/actuator/health", researcher(), "198.51.100.23").statusCode()).isEqualTo(200);
    }

    @Test
    void twenty_failures_from_one_address_block_every_name_from_it() {
        String attacker = "203.0.113.11";
        // Four wrong passwords for the real account and sixteen made-up names: no name alone reaches five.
        for (int i = 0; i < 20; i++) {
            String credentials = i < 4 ? ApiClient.basic(RESEARCHER, "guess " + i)
                    : ApiClient.basic("made-up-" + i, PASSWORD);
            assertThat(get(STUDIES, credentials, attacker).statusCode()).isEqualTo(401);
        }

        tooManyAttempts(get(STUDIES, researcher(), attacker));
        tooManyAttempts(get(STUDIES, ApiClient.basic("yet-another-name", "x"), attacker));
        tooManyAttempts(get(QUESTIONNAIRE, ApiClient.bearer(randomToken()), attacker));
        assertThat(get(STUDIES, researcher(), "198.51.100.21").statusCode()).isEqualTo(200);
    }

    @Test
    void token_guesses_get_429_after_twenty_from_one_address_and_a_valid_token_works_from_another() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String token = enroll(studyId).token();
        String guesser = "203.0.113.12";
        for (int i = 0; i < 10; i++) {
            assertThat(get(QUESTIONNAIRE, ApiClient.bearer(randomToken()), guesser).statusCode()).isEqualTo(401);
            assertThat(openLink(randomToken(), guesser).statusCode()).isEqualTo(404);
        }

        tooManyAttempts(get(QUESTIONNAIRE, ApiClient.bearer(randomToken()), guesser));
        tooManyAttempts(openLink(randomToken(), guesser));
        // A blocked address learns nothing from its next guess, a right one included.
        tooManyAttempts(get(QUESTIONNAIRE, ApiClient.bearer(token), guesser));
        tooManyAttempts(openLink(token, guesser));
        assertThat(get(QUESTIONNAIRE, ApiClient.bearer(token), "198.51.100.22").statusCode()).isEqualTo(200);
        assertThat(openLink(token, "198.51.100.22").statusCode()).isEqualTo(204);
    }

    @Test
    void a_valid_token_never_counts_as_a_guess() {
        String token = enroll(createStudy(false, "[{\"type\":\"always\"}]")).token();

        for (int i = 0; i < 30; i++) {
            assertThat(get(QUESTIONNAIRE, ApiClient.bearer(token), "203.0.113.13").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_block_ends_after_its_time() {
        String attacker = "203.0.113.14";
        for (int i = 0; i < 5; i++) {
            get(STUDIES, ApiClient.basic(RESEARCHER, "guess " + i), attacker);
        }
        long retryAfter = Long.parseLong(tooManyAttempts(get(STUDIES, researcher(), attacker))
                .headers().firstValue("Retry-After").orElseThrow());

        CLOCK.advance(Duration.ofSeconds(retryAfter - 1));
        tooManyAttempts(get(STUDIES, researcher(), attacker));
        CLOCK.advance(Duration.ofSeconds(1));

        assertThat(get(STUDIES, researcher(), attacker).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> tooManyAttempts(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asText()).startsWith("too many failed attempts to sign in from this address");
        return response;
    }

    private HttpResponse<String> get(String path, String authorization, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", authorization);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(http, request.GET());
    }

    /** What the page at /p does with a link: fetch the page (and its CSRF token), then post the token. */
    private HttpResponse<String> openLink(String token, String forwardedFor) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = send(browser, HttpRequest.newBuilder(uri("/p")).header("X-Forwarded-For", forwardedFor).GET())
                .body();
        return send(browser, HttpRequest.newBuilder(uri("/p/session"))
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/json")
                .header(meta(page, "_csrf_header"), meta(page, "_csrf"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
    }

    private static String meta(String page, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(page);
        assertThat(meta.find()).as("meta " + name + " in " + page).isTrue();
        return meta.group(1);
    }

    private URI uri(String path) {
        return URI.create(api.base() + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shaped exactly like a real token (32 random bytes, URL-safe Base64), so only its value is wrong. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
