package org.haven.survey.console;

import org.haven.survey.it.ApiClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study's participants through the console's page over the real HTTP stack on the test database: one enrolled
 * with the link shown once, a CSV file whose two bad lines are both listed, the list filtered by status, and the page
 * closed to a researcher the study is not shared with.
 */
class ConsoleParticipantsIT extends ConsoleTestSupport {

    private static final Pattern ENROLLED_ID = Pattern.compile("id=\"enrolled-id\">([0-9a-f-]{36})<");

    @Test
    void a_researcher_enrolls_one_and_a_file_and_finds_them_in_the_list() {
        String name = newAccount("enroller");
        String studyId = createStudy(ApiClient.basic(name, PASSWORD_OF_NEW_ACCOUNTS), false,
                "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        ConsoleClient owner = signedIn(name, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.120");
        String page = "/console/studies/" + studyId + "/participants";

        assertThat(owner.get("/console/studies/" + studyId).body()).contains("href=\"" + page + "\"");
        HttpResponse<String> empty = owner.get(page);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("<title>Participants · Integration study · Haven console</title>",
                "id=\"participant-count\" role=\"status\">0 participants<");

        HttpResponse<String> wrong = owner.submit(page, page, Map.of("consentFormVersion", "consent-v1",
                "contactEmail", "", "timeZone", "Mars/Olympus"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("aria-describedby=\"timeZone-error timeZone-hint\"", "id=\"timeZone-error\"",
                "unknown time zone").doesNotContain("id=\"enrolled\"");
        assertThat(count("SELECT COUNT(*) FROM participant WHERE study_id = ?", studyId)).isZero();

        HttpResponse<String> one = owner.submit(page, page, Map.of("consentFormVersion", "consent-v1",
                "contactEmail", "", "timeZone", "Europe/Berlin"));
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.body()).contains("id=\"enrolled-link\"", "/p#");
        Matcher id = ENROLLED_ID.matcher(one.body());
        assertThat(id.find()).isTrue();
        String first = id.group(1);
        assertThat(owner.get(page).body()).as("the link is shown once only").doesNotContain("id=\"enrolled-link\"")
                .contains("data-participant=\"" + first + "\"");

        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "email,time_zone\n"
                + "ada-" + run + "@example.org,\n"              // line 2
                + "not an address,\n"                           // line 3
                + "ben-" + run + "@example.org,Europe/Vienna\n" // line 4
                + "cy-" + run + "@example.org,Mars/Base\n"      // line 5
                + "dee-" + run + "@example.org,\n";             // line 6
        HttpResponse<String> noVersion = owner.upload(page, page + "/bulk", "people.csv", "text/csv", csv);
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("id=\"bulkConsentFormVersion-error\"");
        assertThat(count("SELECT COUNT(*) FROM participant WHERE study_id = ?", studyId)).isEqualTo(1);

        HttpResponse<String> file = owner.uploadWith(page, page + "/bulk", Map.of("consentFormVersion", "consent-v1"),
                "people.csv", "text/csv", csv);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.body()).contains("id=\"enrolled-count\">3<", "id=\"refused-count\">2<",
                "<td>3</td><td>malformed address</td>", "<td>5</td><td>unknown time zone",
                "id=\"bulk-links\"").doesNotContain("@example.org");
        assertThat(count("SELECT COUNT(*) FROM participant WHERE study_id = ?", studyId)).isEqualTo(4);

        String oldLink = linkIn(one.body(), "enrolled-link");
        HttpResponse<String> reissued = owner.submit(page, page + "/" + first + "/token", Map.of());
        assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(200);
        String newLink = linkIn(reissued.body(), "reissued-link");
        assertThat(newLink).contains("/p#").isNotEqualTo(oldLink);
        assertThat(api.get("/api/participant/questionnaire", ApiClient.bearer(tokenOf(oldLink))).status())
                .as("the older link stops working").isEqualTo(401);
        assertThat(api.get("/api/participant/questionnaire", ApiClient.bearer(tokenOf(newLink))).status())
                .isEqualTo(200);
        HttpResponse<String> unknown = owner.submit(page, page + "/" + UUID.randomUUID() + "/token", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("id=\"action-error\"").doesNotContain("id=\"reissued-link\"");

        String withdrawal = page + "/" + first + "/withdrawal";
        String choose = owner.submit(page, withdrawal, Map.of()).body();
        assertThat(choose).contains("id=\"withdraw-choose\"", "the answers they already gave stay in the analyses",
                "the answers they already gave are left out of every analysis");
        HttpResponse<String> confirm = owner.submit(page, withdrawal, Map.of("scope", "STOP_FUTURE_WAVES"));
        assertThat(confirm.body()).contains("id=\"withdraw-confirm\"", "cannot be undone",
                "id=\"withdraw-words\">No further waves: they are not asked again");
        assertThat(count("SELECT COUNT(*) FROM participant WHERE participant_id = ? AND status = 'ACTIVE'", first))
                .as("nothing changes before the confirmation").isEqualTo(1);
        HttpResponse<String> done = owner.submit(page, withdrawal,
                Map.of("scope", "STOP_FUTURE_WAVES", "confirm", "yes"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"withdrawn\"");
        assertThat(owner.get(page).body()).contains("id=\"participant-count\" role=\"status\">4 participants<");
        String active = owner.get(page + "?status=ACTIVE").body();
        assertThat(active).contains("id=\"participant-count\" role=\"status\">3 participants<")
                .doesNotContain("data-participant=\"" + first + "\"");
        assertThat(owner.get(page + "?status=WITHDRAWN").body())
                .contains("id=\"participant-count\" role=\"status\">1 participants<",
                        "data-participant=\"" + first + "\"");
        assertThat(owner.get(page + "?status=SLEEPING").statusCode()).isEqualTo(400);

        ConsoleClient outsider = signedIn(newAccount("stranger"), PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.121");
        assertThat(outsider.get(page).statusCode()).isEqualTo(404);
        assertThat(outsider.post(page, Map.of("consentFormVersion", "consent-v1",
                "_csrf", ConsoleClient.csrf(outsider.get("/console").body()))).statusCode()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM participant WHERE study_id = ?", studyId)).isEqualTo(4);
        assertThat(outsider.post(page + "/" + first + "/withdrawal", Map.of("scope", "STOP_USING_COLLECTED_DATA",
                "confirm", "yes", "_csrf", ConsoleClient.csrf(outsider.get("/console").body()))).statusCode())
                .isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM participant WHERE participant_id = ? AND status = 'WITHDRAWN'", first))
                .isEqualTo(1);
        assertThat(outsider.post(page + "/" + first + "/token",
                Map.of("_csrf", ConsoleClient.csrf(outsider.get("/console").body()))).statusCode()).isEqualTo(404);
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf('#') + 1);
    }

    private static String linkIn(String page, String id) {
        Matcher link = Pattern.compile("id=\"" + id + "\">([^<]+)<").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        return link.group(1);
    }
}
