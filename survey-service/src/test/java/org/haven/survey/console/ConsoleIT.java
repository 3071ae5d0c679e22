package org.haven.survey.console;

import org.haven.survey.it.ApiClient;
import org.haven.survey.web.ContentSecurityPolicy;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's sign-in, accounts and API tokens over the real HTTP stack on the test database: what a browser
 * and a script see, and what the database then holds.
 */
class ConsoleIT extends ConsoleTestSupport {

    private static final Pattern SHOWN_ONCE = Pattern.compile("id=\"shown-once\">([^<]+)<");

    @Test
    void the_sign_in_page_leaves_no_session_and_every_page_needs_a_sign_in() {
        ConsoleClient visitor = new ConsoleClient(port(), "192.0.2.10");
        long sessions = count("SELECT COUNT(*) FROM console_session");

        HttpResponse<String> page = visitor.get("/console/sign-in");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(1);
        assertThat(cookies.get(0)).startsWith("HAVEN_CONSOLE_CSRF=").contains("HttpOnly", "Path=/console")
                .containsIgnoringCase("SameSite=Strict");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(ContentSecurityPolicy.DIRECTIVES);
        assertThat(page.body()).contains("<label for=\"name\">", "<title>Sign in · Haven console</title>");
        for (String path : List.of("/console", "/console/tokens", "/console/password", "/console/accounts")) {
            HttpResponse<String> closed = visitor.get(path);
            assertThat(closed.statusCode()).as(path).isEqualTo(302);
            assertThat(closed.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/console/sign-in");
            assertThat(closed.headers().allValues("Set-Cookie")).as(path)
                    .noneMatch(cookie -> cookie.startsWith("sid=") || cookie.startsWith("HAVEN_CONSOLE="));
        }
        assertThat(count("SELECT COUNT(*) FROM console_session")).isEqualTo(sessions);
    }

    @Test
    void an_admin_creates_an_account_whose_first_password_must_be_changed_before_anything_else() {
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD, "192.0.2.20");
        String name = newName("assistant");

        HttpResponse<String> created = admin.submit("/console/accounts", "/console/accounts",
                Map.of("name", name, "role", "RESEARCHER", "password", ""));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String first = shownOnce(created.body());
        assertThat(count("SELECT COUNT(*) FROM researcher_account WHERE name = ? AND password_hash LIKE '{bcrypt}%'"
                + " AND must_change_password", name)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action = 'ACCOUNT_CREATED'"
                + " AND subject = ?", ADMIN, name)).isEqualTo(1);
        // the API refuses the first password: it is the admin's, not yet the researcher's
        assertThat(api.get("/api/studies", ApiClient.basic(name, first)).status()).isEqualTo(401);

        ConsoleClient researcher = new ConsoleClient(port(), "192.0.2.21");
        HttpResponse<String> signIn = researcher.signIn(name, first);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("HAVEN_CONSOLE=").contains("HttpOnly", "Path=/console").containsIgnoringCase("SameSite=Strict"));
        assertThat(signIn.headers().allValues("Set-Cookie")).as("the CSRF token is renewed with the session")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("HAVEN_CONSOLE_CSRF=;").contains("Max-Age=0"));
        for (String path : List.of("/console", "/console/tokens")) {
            assertThat(researcher.get(path).headers().firstValue("Location").orElseThrow()).as(path)
                    .endsWith("/console/password");
        }
        HttpResponse<String> tooShort = researcher.submit("/console/password", "/console/password",
                Map.of("current", first, "password", "short", "repeated", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("id=\"password-error\"", "use at least 12 characters");

        String own = "my own password for the console";
        HttpResponse<String> changed = researcher.submit("/console/password", "/console/password",
                Map.of("current", first, "password", own, "repeated", own));
        assertThat(changed.statusCode()).isEqualTo(302);
        String studyId = createStudy(ApiClient.basic(name, own), false, "[{\"type\":\"always\"}]");
        HttpResponse<String> studies = researcher.get("/console");
        assertThat(studies.statusCode()).isEqualTo(200);
        assertThat(studies.body()).contains("<title>My studies · Haven console</title>", studyId,
                "Signed in as " + name);
        HttpResponse<String> accounts = researcher.get("/console/accounts");
        assertThat(accounts.statusCode()).as("accounts are for ADMINs").isEqualTo(403);
        assertThat(accounts.body()).contains("<h1>Not allowed</h1>").doesNotContain("Create an account");
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action IN ('SIGNED_IN',"
                + " 'PASSWORD_CHANGED')", name)).isEqualTo(2);

        HttpResponse<String> signedOut = researcher.submit("/console", "/console/sign-out", Map.of());
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).contains("/console/sign-in");
        assertThat(researcher.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void a_name_exists_once_across_the_configuration_and_the_console() {
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD, "192.0.2.30");
        long accounts = count("SELECT COUNT(*) FROM researcher_account");

        HttpResponse<String> taken = admin.submit("/console/accounts", "/console/accounts",
                Map.of("name", RESEARCHER.toUpperCase(), "role", "RESEARCHER", "password", ""));

        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("id=\"name-error\"", "an account with this name exists already");
        assertThat(count("SELECT COUNT(*) FROM researcher_account")).isEqualTo(accounts);
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_changes_nothing() {
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD, "192.0.2.40");
        String name = newName("no-csrf");

        HttpResponse<String> refused = admin.post("/console/accounts",
                Map.of("name", name, "role", "RESEARCHER", "password", ""));
        HttpResponse<String> signIn = new ConsoleClient(port(), "192.0.2.41")
                .post("/console/sign-in", Map.of("name", ADMIN, "password", ADMIN_PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<title>Not allowed · Haven console</title>");
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("HAVEN_CONSOLE="));
        assertThat(count("SELECT COUNT(*) FROM researcher_account WHERE name = ?", name)).isZero();
    }

    @Test
    void failed_sign_ins_are_throttled_as_the_api_is_while_the_account_signs_in_from_another_address() {
        String name = newAccount("throttled");
        ConsoleClient guesser = new ConsoleClient(port(), "198.51.100.7");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = guesser.signIn(name, "not the password " + attempt);
            assertThat(wrong.statusCode()).as("attempt %d", attempt).isEqualTo(401);
            assertThat(wrong.body()).contains("Wrong name or password.");
        }

        // the right password now waits too, in the console and (same throttle) on the API from that address
        HttpResponse<String> blocked = guesser.signIn(name, PASSWORD_OF_NEW_ACCOUNTS);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(blocked.body()).contains("Too many failed attempts");
        assertThat(blocked.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("HAVEN_CONSOLE="));

        ConsoleClient owner = new ConsoleClient(port(), "203.0.113.9");
        assertThat(owner.signIn(name, PASSWORD_OF_NEW_ACCOUNTS).statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action = 'SIGN_IN_FAILED'", name))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action = 'SIGN_IN_THROTTLED'", name))
                .isEqualTo(1);
    }

    @Test
    void a_disabled_account_is_out_at_once_in_the_console_and_the_api() {
        String name = newAccount("leaver");
        ConsoleClient researcher = signedIn(name, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.50");
        String token = createToken(researcher, "nightly export");
        assertThat(researcher.get("/console").statusCode()).isEqualTo(200);

        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD, "192.0.2.51");
        HttpResponse<String> disabled = admin.submit("/console/accounts",
                "/console/accounts/" + name + "/disable", Map.of());
        assertThat(disabled.statusCode()).isEqualTo(200);

        assertThat(researcher.get("/console").headers().firstValue("Location").orElseThrow())
                .endsWith("/console/sign-in");
        assertThat(api.get("/api/studies", ApiClient.basic(name, PASSWORD_OF_NEW_ACCOUNTS)).status()).isEqualTo(401);
        assertThat(api.get("/api/studies", ApiClient.bearer(token)).status()).isEqualTo(401);
        assertThat(new ConsoleClient(port(), "192.0.2.52").signIn(name, PASSWORD_OF_NEW_ACCOUNTS).statusCode())
                .isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action = 'ACCOUNT_DISABLED'"
                + " AND subject = ?", ADMIN, name)).isEqualTo(1);
    }

    @Test
    void an_api_token_acts_as_its_account_until_it_is_revoked() {
        String name = newAccount("scripter");
        ConsoleClient researcher = signedIn(name, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.60");
        String token = createToken(researcher, "enrollment script");
        assertThat(token).startsWith("hvr_");
        assertThat(count("SELECT COUNT(*) FROM researcher_api_token WHERE token_sha256 = ? OR label = ?",
                token, token)).as("the token itself is never stored").isZero();

        String studyId = createStudy(ApiClient.bearer(token), false, "[{\"type\":\"always\"}]");
        var study = api.get("/api/studies/" + studyId, ApiClient.bearer(token));
        // an account created in the console is an account studies can be shared with
        var shared = api.postJson("/api/studies/" + studyId + "/collaborators", ApiClient.bearer(token),
                "{\"researcher\":\"" + RESEARCHER + "\"}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        String theirs = createStudy(false, "[{\"type\":\"always\"}]");
        assertThat(api.postJson("/api/studies/" + theirs + "/collaborators", researcher(),
                "{\"researcher\":\"" + name + "\"}").status()).isEqualTo(201);
        assertThat(study.status()).isEqualTo(200);
        assertThat(study.json().get("owner").asText()).isEqualTo(name);
        assertThat(enroll(studyId, ApiClient.bearer(token)).token()).isNotBlank();
        // the token reaches what its account reaches, and no more
        String othersStudy = createStudy(false, "[{\"type\":\"always\"}]");
        assertThat(api.get("/api/studies/" + othersStudy, ApiClient.bearer(token)).status()).isEqualTo(404);
        HttpResponse<String> listed = researcher.get("/console/tokens");
        assertThat(listed.body()).contains("enrollment script").doesNotContain(token);
        String tokenId = tokenId(listed.body());
        assertThat(count("SELECT COUNT(*) FROM researcher_api_token WHERE token_id = ? AND last_used_at IS NOT NULL",
                tokenId)).isEqualTo(1);

        HttpResponse<String> revoked = researcher.submit("/console/tokens",
                "/console/tokens/" + tokenId + "/revoke", Map.of());
        assertThat(revoked.body()).contains("Token revoked.");

        var refused = api.get("/api/studies/" + studyId, ApiClient.bearer(token));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/studies/" + studyId, ApiClient.basic(name, PASSWORD_OF_NEW_ACCOUNTS)).status())
                .as("HTTP Basic keeps working").isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action IN ('TOKEN_CREATED',"
                + " 'TOKEN_REVOKED')", name)).isEqualTo(2);
    }

    @Test
    void a_token_stops_at_its_expiry_and_a_session_after_two_idle_hours() {
        String name = newAccount("expiring");
        ConsoleClient researcher = signedIn(name, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.70");
        HttpResponse<String> created = researcher.submit("/console/tokens", "/console/tokens",
                Map.of("label", "one day", "days", "1"));
        String token = shownOnce(created.body());
        HttpResponse<String> badDays = researcher.submit("/console/tokens", "/console/tokens",
                Map.of("label", "forever and a day", "days", "0"));
        assertThat(badDays.statusCode()).isEqualTo(400);
        assertThat(badDays.body()).contains("id=\"days-error\"", "from 1 to 3650");

        CLOCK.advance(Duration.ofHours(1).plusMinutes(59));
        assertThat(researcher.get("/console").statusCode()).as("1 h 59 min idle").isEqualTo(200);
        assertThat(api.get("/api/studies", ApiClient.bearer(token)).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofHours(2));
        assertThat(researcher.get("/console").statusCode()).as("2 h idle").isEqualTo(302);
        CLOCK.advance(Duration.ofHours(20).plusMinutes(1));
        assertThat(api.get("/api/studies", ApiClient.bearer(token)).status()).as("a day after creation").isEqualTo(401);
        assertThat(signedIn(name, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.71").get("/console/tokens").body())
                .contains("expired");
    }

    private static String createToken(ConsoleClient researcher, String label) {
        HttpResponse<String> created = researcher.submit("/console/tokens", "/console/tokens",
                Map.of("label", label, "days", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return shownOnce(created.body());
    }

    private static String shownOnce(String page) {
        Matcher secret = SHOWN_ONCE.matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        return secret.group(1);
    }

    private static String tokenId(String page) {
        Matcher id = Pattern.compile("data-token=\"([^\"]+)\"").matcher(page);
        assertThat(id.find()).as(page).isTrue();
        return id.group(1);
    }
}
