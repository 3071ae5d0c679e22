package org.haven.survey.questionnaire;

import org.haven.survey.it.ApiClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' protections over plain HTTP (no browser needed, hence no Chromium extension): the session cookie's
 * attributes, the content security policy, and CSRF on the pages' posts while the JSON API stays token-only.
 */
class PageSecurityIT extends PageTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_link_page_sets_a_strict_http_only_csrf_cookie_and_allows_only_its_own_scripts() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/p")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        // no session before the token is exchanged (AnonymousSessionsIT checks the session cookie after it)
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("xsrf=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).contains("<html lang=\"en\"").doesNotContain("<script>");
    }

    @Test
    void page_posts_without_the_csrf_token_are_refused_and_store_nothing() throws Exception {
        String studyId = createStudy(false, ALWAYS_OPEN);
        String token = enroll(studyId).token();
        long before = eventCount();
        HttpResponse<String> link = send(HttpRequest.newBuilder(uri("/p/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
        assertThat(link.statusCode()).isEqualTo(403);
        HttpResponse<String> answers = send(HttpRequest.newBuilder(uri("/questionnaire/answers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"submissionId\":\"x\",\"wave\":1,\"instrumentId\":\"esti\","
                        + "\"instrumentVersion\":1,\"answers\":{\"trust_1\":4}}")));
        assertThat(answers.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        // The JSON API is unchanged: the bearer token alone, no CSRF token, no session.
        var submitted = api.postJson("/api/participant/submissions", ApiClient.bearer(token),
                "{\"submissionId\":\"api-1\",\"wave\":1,\"answers\":{\"trust_1\":4}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    }

    @Test
    void without_a_page_session_every_page_says_the_link_is_not_valid_and_no_session_is_made() throws Exception {
        for (String path : new String[]{"/questionnaire", "/questionnaire/submitted?wave=1", "/withdrawal",
                "/withdrawal/done"}) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/p/not-valid");
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("sid="));
        }

        // the page's script gets a problem detail instead, with a valid CSRF token (so only the session is missing)
        HttpResponse<String> link = send(HttpRequest.newBuilder(uri("/p")).GET());
        String cookie = link.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = meta(link.body(), "_csrf");
        long before = eventCount();
        HttpResponse<String> answers = send(HttpRequest.newBuilder(uri("/questionnaire/answers"))
                .header("Content-Type", "application/json")
                .header("Cookie", cookie)
                .header(meta(link.body(), "_csrf_header"), token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"submissionId\":\"x\",\"wave\":1,\"instrumentId\":\"esti\","
                        + "\"instrumentVersion\":1,\"answers\":{\"trust_1\":4}}")));
        assertThat(answers.statusCode()).as(answers.body()).isEqualTo(401);
        assertThat(answers.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answers.body()).contains("your session has ended; open your personal link again");
        assertThat(answers.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("sid="));
        assertThat(eventCount()).isEqualTo(before);
    }

    private static String meta(String page, String name) {
        Matcher found = Pattern
                .compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(page);
        assertThat(found.find()).as("meta " + name).isTrue();
        return found.group(1);
    }

    private URI uri(String path) {
        return URI.create(api.base() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
