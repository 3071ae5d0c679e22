package org.haven.survey.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.net.http.HttpClient;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies the service does not take are refused before they are read: a type no endpoint documents (415)
 * and a body above the limit (413), declared or chunked, on the anonymous link exchange and on the participant
 * API. Measured over a plain socket that sends the body slowly: the answer must come while the client is still
 * sending, and the server then closes the connection instead of reading the rest.
 */
// a context of its own: closed afterwards, so its connection pool does not linger beside the other classes'
@DirtiesContext
class RequestBodyIT extends ServiceTestSupport {

    private static final long FOUR_MB = 4L * 1024 * 1024;
    private static final long LIMIT = 1024 * 1024;
    private static final String YAML = "submissionId: a\nwave: 1\nanswers:\n  respect_1: 3\ncomment: ";
    private static final String SUBMISSION_START = "{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":3},"
            + "\"comment\":\"";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Autowired
    RequestMappingHandlerAdapter handlers;

    @Test
    void spring_mvc_reads_no_yaml_or_xml_behind_the_filters() {
        // jackson-dataformat-yaml comes with the OpenAPI library; Spring MVC would register a reader for it
        for (String type : new String[] {"application/yaml", "application/xml", "text/xml", "application/cbor"}) {
            assertThat(handlers.getMessageConverters()).as(type)
                    .noneMatch(converter -> converter.canRead(Map.class, MediaType.parseMediaType(type)));
        }
        assertThat(handlers.getMessageConverters())
                .anyMatch(converter -> converter.canRead(Map.class, MediaType.APPLICATION_JSON));
    }

    @Test
    void yaml_sent_to_the_anonymous_link_exchange_is_refused_before_it_is_read() throws Exception {
        LinkPage page = LinkPage.open(HttpClient.newHttpClient(), api.base());
        long before = eventCount();

        SlowUpload.Outcome outcome = SlowUpload.post(port(), "/p/session", Map.of("Content-Type", "application/yaml",
                "Cookie", page.cookies(), page.csrfHeader(), page.csrfToken()), "token: ", "a", FOUR_MB, false);

        report("4 MB application/yaml to /p/session", outcome);
        refusedUnread(outcome, 415);
        assertThat(outcome.response()).contains("application/problem+json", "application/json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void yaml_sent_to_the_submission_api_is_refused_before_it_is_read_declared_or_chunked() throws Exception {
        String token = enroll(createStudy(false, "[{\"type\":\"always\"}]")).token();
        long before = eventCount();
        Map<String, String> headers = Map.of("Content-Type", "application/yaml", "Authorization", ApiClient.bearer(token));

        for (boolean chunked : new boolean[] {false, true}) {
            SlowUpload.Outcome outcome = SlowUpload.post(port(), "/api/participant/submissions", headers, YAML, "a",
                    FOUR_MB, chunked);
            report("4 MB application/yaml (" + (chunked ? "chunked" : "Content-Length")
                    + ") to /api/participant/submissions", outcome);
            refusedUnread(outcome, 415);
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void json_above_the_limit_is_refused_after_at_most_the_limit_declared_or_chunked() throws Exception {
        String token = enroll(createStudy(false, "[{\"type\":\"always\"}]")).token();
        long before = eventCount();
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization", ApiClient.bearer(token));

        SlowUpload.Outcome declared = SlowUpload.post(port(), "/api/participant/submissions", headers,
                SUBMISSION_START, "a", FOUR_MB, false);
        report("4 MB JSON (Content-Length) to /api/participant/submissions", declared);
        refusedUnread(declared, 413);
        assertThat(declared.response()).contains("larger than the limit");

        // chunked: nobody declared a length, so the server reads up to the limit and stops there
        SlowUpload.Outcome chunked = SlowUpload.post(port(), "/api/participant/submissions", headers,
                SUBMISSION_START, "a", FOUR_MB, true);
        report("4 MB JSON (chunked) to /api/participant/submissions", chunked);
        assertThat(chunked.status()).as(chunked.response()).isEqualTo(413);
        assertThat(chunked.response()).contains("larger than the limit");
        assertThat(chunked.answeredBeforeTheBodyWasSent()).as("answered while the body was still being sent").isTrue();
        assertThat(chunked.sentInAll()).as("the server stopped taking the body after the limit")
                .isLessThan(LIMIT + 2 * 1024 * 1024);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void form_posts_of_the_pages_are_bounded_too() throws Exception {
        LinkPage page = LinkPage.open(HttpClient.newHttpClient(), api.base());

        SlowUpload.Outcome outcome = SlowUpload.post(port(), "/withdrawal", Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Cookie", page.cookies()), "scope=STOP_FUTURE_WAVES&x=", "a",
                FOUR_MB, false);

        report("4 MB form to /withdrawal", outcome);
        refusedUnread(outcome, 413);
    }

    /** The figures behind the assertions, for the benchmark notes. */
    private static void report(String what, SlowUpload.Outcome outcome) {
        System.out.printf("%s: %d after %d ms, %,d body bytes sent by then, %,d in all%n", what, outcome.status(),
                outcome.answeredAfter().toMillis(), outcome.sentWhenAnswered(), outcome.sentInAll());
    }

    private static void refusedUnread(SlowUpload.Outcome outcome, int status) {
        assertThat(outcome.status()).as(outcome.response()).isEqualTo(status);
        assertThat(outcome.sentWhenAnswered()).as("body bytes sent when the answer came").isLessThan(LIMIT);
        // the connection is dropped instead of the rest being read (and thrown away) by the server
        assertThat(outcome.sentInAll()).as("body bytes the server took in all").isLessThan(FOUR_MB);
    }
}
