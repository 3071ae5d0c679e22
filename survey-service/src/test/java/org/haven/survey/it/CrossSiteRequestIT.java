package org.haven.survey.it;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page on another site can make a researcher's browser send a form or text/plain request with the HTTP Basic
 * credentials it remembers. Such requests change nothing: every state-changing method on researcher endpoints
 * is refused with a 403 problem detail when the Origin is foreign, and no event is stored. Same-origin pages
 * and clients without an Origin (curl, scripts) sending the documented types keep working.
 */
// a context of its own: closed afterwards, so its connection pool does not linger beside the other classes'
@DirtiesContext
class CrossSiteRequestIT extends ServiceTestSupport {

    private static final String EVIL = "https://evil.example";

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        StudyAccessIT.researcherAccounts(registry);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void state_changing_requests_started_by_another_site_are_refused_and_change_nothing() throws Exception {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String participantId = enroll(studyId).participantId();
        String admin = ApiClient.basic(StudyAccessIT.ADMIN, StudyAccessIT.OTHER_PASSWORD);
        String participant = "/api/studies/" + studyId + "/participants/" + participantId;
        long before = eventCount();

        crossSite("POST", participant + "/token", researcher(), "application/x-www-form-urlencoded", "");
        crossSite("POST", participant + "/erasure", admin, "text/plain", "");
        crossSite("POST", participant + "/erasure", admin, "multipart/form-data; boundary=x", "--x--");
        crossSite("POST", "/api/studies/" + studyId + "/participants", researcher(), "text/plain",
                "{\"consentFormVersion\":\"consent-v1\"}");
        crossSite("POST", "/api/studies/" + studyId + "/collaborators", admin, "text/plain",
                "{\"researcher\":\"" + StudyAccessIT.STRANGER + "\"}");
        crossSite("POST", "/api/studies/" + studyId + "/imports", researcher(), "text/plain",
                "participant_ref,wave,item_id,value\nP1,1,trust_1,4\n");
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            crossSite(method, "/api/studies/" + studyId, admin, "application/x-www-form-urlencoded", "title=x");
        }

        assertThat(eventCount()).as("events stored by cross-site requests").isEqualTo(before);
    }

    @Test
    void a_simple_content_type_is_refused_even_without_an_origin() throws Exception {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String participantId = enroll(studyId).participantId();
        long before = eventCount();

        HttpResponse<String> response = send("POST", "/api/studies/" + studyId + "/participants/" + participantId
                + "/token", researcher(), null, "application/x-www-form-urlencoded", "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.body()).contains("application/json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void same_origin_pages_and_clients_without_an_origin_keep_working() throws Exception {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String self = api.base();

        HttpResponse<String> enrolled = send("POST", "/api/studies/" + studyId + "/participants", researcher(), self,
                "application/json", "{\"consentFormVersion\":\"consent-v1\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        String participantId = api.postJson("/api/studies/" + studyId + "/participants", researcher(),
                "{\"consentFormVersion\":\"consent-v1\"}").json().get("participantId").asText();

        // a body-less POST from a script: no Origin, no Content-Type
        HttpResponse<String> reissued = send("POST", "/api/studies/" + studyId + "/participants/" + participantId
                + "/token", researcher(), null, null, null);
        assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(201);

        String csv = "participant_ref,wave,item_id,value\nP1,1,trust_1,4\n";
        HttpResponse<String> sameOriginImport = send("POST", "/api/studies/" + studyId + "/imports", researcher(),
                self, "text/csv", csv);
        assertThat(sameOriginImport.statusCode()).as(sameOriginImport.body()).isIn(200, 422);
        HttpResponse<String> scriptImport = send("POST", "/api/studies/" + studyId + "/imports", researcher(), null,
                "text/csv; charset=utf-8", csv.replace("P1", "P2"));
        assertThat(scriptImport.statusCode()).as(scriptImport.body()).isIn(200, 422);
        assertThat(scriptImport.body()).contains("\"stored\"");
    }

    private void crossSite(String method, String path, String authorization, String contentType, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, authorization, EVIL, contentType, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("another site");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String origin,
                                      String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
