package org.haven.survey.questionnaire;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.haven.survey.it.LinkPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors leave no state on the server: opening the link page, posting a wrong CSRF token or a wrong
 * personal token creates no session (counted by Tomcat's session manager). Only a valid token opens one.
 */
class AnonymousSessionsIT extends PageTestSupport {

    private static final int VISITS = 100_000;
    private static final int CLIENTS = 4;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void a_hundred_thousand_anonymous_visits_of_the_link_page_create_no_session() throws Exception {
        long before = sessionsCreated();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest visit = HttpRequest.newBuilder(URI.create(api.base() + "/p")).GET().build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < VISITS / CLIENTS; i++) {
                        if (http.send(visit, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> client : done) {
                ok += client.get();
            }
            assertThat(ok).isEqualTo(VISITS);
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("%,d anonymous GET /p in %d ms: %d sessions created%n", VISITS,
                (System.nanoTime() - started) / 1_000_000, sessionsCreated() - before);
        assertThat(sessionsCreated() - before).as("sessions created by anonymous visits").isZero();
        assertThat(manager().getActiveSessions()).as("active sessions").isLessThan(VISITS / 10);
    }

    @Test
    void the_link_page_keeps_its_csrf_token_in_a_strict_http_only_cookie_not_in_a_session() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long before = sessionsCreated();
        LinkPage page = LinkPage.open(http, api.base());

        assertThat(page.setCookies()).noneMatch(cookie -> cookie.startsWith("sid="));
        String csrf = page.setCookies().stream().filter(cookie -> cookie.startsWith("xsrf=")).findFirst()
                .orElseThrow();
        assertThat(csrf).contains("HttpOnly", "Path=/").containsIgnoringCase("SameSite=Strict");
        assertThat(page.csrfToken()).isNotBlank();

        // a wrong CSRF token, then a right CSRF token with a wrong personal token: refused, no session either way
        assertThat(postToken(http, page.cookies(), page.csrfHeader(), "not-the-token", "some-token")).isEqualTo(403);
        assertThat(postToken(http, page.cookies(), page.csrfHeader(), page.csrfToken(), "some-token")).isEqualTo(404);
        assertThat(sessionsCreated() - before).isZero();

        // the page's own token still works: a valid personal token opens the session
        String token = enroll(createStudy(false, ALWAYS_OPEN)).token();
        HttpResponse<String> opened = http.send(tokenPost(page.cookies(), page.csrfHeader(), page.csrfToken(), token),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(204);
        String session = opened.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("sid=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly", "Path=/").containsIgnoringCase("SameSite=Strict");
        assertThat(sessionsCreated() - before).isEqualTo(1);
    }

    private int postToken(HttpClient http, String cookies, String header, String csrf, String token) throws Exception {
        return http.send(tokenPost(cookies, header, csrf, token), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest tokenPost(String cookies, String header, String csrf, String token) {
        return HttpRequest.newBuilder(URI.create(api.base() + "/p/session"))
                .header("Content-Type", "application/json").header("Cookie", cookies).header(header, csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")).build();
    }

    private long sessionsCreated() {
        return manager().getSessionCounter();
    }

    private Manager manager() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        return web.getManager();
    }
}
