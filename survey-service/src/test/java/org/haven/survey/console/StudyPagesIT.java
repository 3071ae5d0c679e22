package org.haven.survey.console;

import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study run through the console's study pages over the real HTTP stack on the test database: created through the
 * form with its waves as rows, instruments published (the built-in one, a faulty upload, a good one), shared, and
 * closed to a researcher it is not shared with exactly as a study that does not exist.
 */
class StudyPagesIT extends ConsoleTestSupport {

    private static final Pattern STUDY_ID = Pattern.compile("/console/studies/([0-9a-f-]{36})");

    @Test
    void a_researcher_creates_a_three_wave_study_and_publishes_instruments_through_the_pages() throws IOException {
        String name = newAccount("owner");
        ConsoleClient owner = signedIn(name, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.110");

        HttpResponse<String> wrong = owner.submitRows("/console/new-study", "/console/studies", List.of(
                Map.entry("title", ""), Map.entry("timeZone", "Mars/Olympus"),
                Map.entry("waveType", "relative"), Map.entry("opensAt", ""), Map.entry("closesAt", ""),
                Map.entry("offsetDays", "soon"), Map.entry("lengthDays", "14")));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("<title>New study · Haven console</title>",
                "aria-describedby=\"title-error\"", "id=\"title-error\"",
                "aria-describedby=\"timeZone-error timeZone-hint\"", "unknown time zone",
                "aria-describedby=\"wave-1-offsetDays-error\"", "id=\"wave-1-offsetDays-error\"");
        assertThat(count("SELECT COUNT(*) FROM study WHERE owner = ?", name)).isZero();

        HttpResponse<String> created = owner.submitRows("/console/new-study", "/console/studies", List.of(
                Map.entry("title", "Trust over three years"), Map.entry("timeZone", "Europe/Berlin"),
                Map.entry("importsMayEnroll", "true"),
                Map.entry("waveType", "absolute"), Map.entry("opensAt", "2027-03-01T09:00"),
                Map.entry("closesAt", "2027-03-31T18:00"), Map.entry("offsetDays", ""), Map.entry("lengthDays", ""),
                Map.entry("waveType", "relative"), Map.entry("opensAt", ""), Map.entry("closesAt", ""),
                Map.entry("offsetDays", "365"), Map.entry("lengthDays", "30"),
                Map.entry("waveType", "always"), Map.entry("opensAt", ""), Map.entry("closesAt", ""),
                Map.entry("offsetDays", ""), Map.entry("lengthDays", ""),
                Map.entry("action", "create")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher id = STUDY_ID.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        String studyId = id.group(1);
        String studyPage = "/console/studies/" + studyId;

        String page = owner.get(studyPage).body();
        assertThat(page).contains("<title>Study Trust over three years · Haven console</title>",
                "from 2027-03-01 09:00 Europe/Berlin to 2027-03-31 18:00 Europe/Berlin",
                "opens 365 days after enrollment, open 30 days", "always open", "id=\"no-instruments\"");
        assertThat(count("SELECT COUNT(*) FROM study WHERE study_id = ? AND time_zone = 'Europe/Berlin'"
                + " AND imports_may_enroll", studyId)).isEqualTo(1);
        assertThat(owner.get("/console").body()).contains("Trust over three years");

        HttpResponse<String> esti = owner.submit(studyPage, studyPage + "/instruments/esti", Map.of());
        assertThat(esti.statusCode()).isEqualTo(200);
        assertThat(esti.body()).contains("Instrument esti version 1 published", "data-instrument=\"esti:1\"");

        String estiJson = estiJson();
        String faulty = estiJson.replaceFirst("\"version\": 1", "\"version\": 2")
                .replaceFirst("\"scale\": \"agree7\"", "\"scale\": \"agree9\"");
        HttpResponse<String> refused = owner.upload(studyPage, studyPage + "/instruments", "esti-v2.json",
                "application/json", faulty);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"file-errors file-hint\"", "id=\"file-errors\"",
                "agree9").doesNotContain("data-instrument=\"esti:2\"");
        assertThat(owner.upload(studyPage, studyPage + "/instruments", "broken.json", "application/json",
                "{\"id\": ").body()).contains("id=\"file-errors\"", "not an instrument&#39;s JSON");

        HttpResponse<String> good = owner.upload(studyPage, studyPage + "/instruments", "esti-v2.json",
                "application/json", estiJson.replaceFirst("\"version\": 1", "\"version\": 2"));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("Instrument esti version 2 published", "data-instrument=\"esti:2\"",
                InstrumentLoader.esti().items().get(0).text());

        String csv = "participant_ref,wave,item_id,value\nREF-A,3,respect_1,5\nREF-A,3,trust_1,6\n"
                + "REF-B,3,respect_1,2\nREF-B,3,trust_1,8\n";
        HttpResponse<String> imported = owner.upload(studyPage + "/imports", studyPage + "/imports", "answers.csv",
                "text/csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("<title>Import answers · Trust over three years · Haven console</title>",
                "id=\"stored\">1<", "id=\"already-imported\">0<", "id=\"rejected\">1<",
                "<td>5</td><td>3</td>", "<td>trust_1</td>", "outside the scale 1 to 7");
        HttpResponse<String> again = owner.upload(studyPage + "/imports", studyPage + "/imports", "answers.csv",
                "text/csv", csv);
        assertThat(again.body()).contains("id=\"stored\">0<", "id=\"already-imported\">1<", "id=\"rejected\">1<");
        assertThat(count("SELECT COUNT(*) FROM import_record WHERE study_id = ? AND researcher = ?", studyId, name))
                .isEqualTo(2);

        assertThat(owner.upload(studyPage, studyPage + "/collaborators", "x.csv", "text/csv", csv).statusCode())
                .as("a multipart body is taken by the two upload forms only").isEqualTo(415);

        String audit = owner.get(studyPage + "/audit").body();
        assertThat(audit).contains("<title>Audit trail · Trust over three years · Haven console</title>",
                "StudyCreated", "StudyTimeZoneSet", "InstrumentVersionPublished", "RESEARCHER " + name,
                "QuestionnaireSubmitted",
                "Europe/Berlin");
        assertThat(owner.get(studyPage + "/audit?event=WaveScheduled&actor=RESEARCHER+" + name).body())
                .contains("id=\"audit-count\" role=\"status\">3 events<").doesNotContain("<td>StudyCreated</td>");

        String other = newAccount("outsider");
        HttpResponse<String> unknown = owner.submit(studyPage, studyPage + "/collaborators",
                Map.of("researcher", "nobody-" + other));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("aria-describedby=\"researcher-error researcher-hint\"",
                "there is no researcher account named");

        ConsoleClient outsider = signedIn(other, PASSWORD_OF_NEW_ACCOUNTS, "192.0.2.111");
        String missing = "/console/studies/00000000-0000-0000-0000-000000000000";
        for (String path : studyPages(studyId)) {
            HttpResponse<String> closed = outsider.get(path);
            HttpResponse<String> none = outsider.get(path.replace("/console/studies/" + studyId, missing));
            assertThat(closed.statusCode()).as(path).isEqualTo(404);
            assertThat(closed.body().replace(studyId, "X")).as(path)
                    .isEqualTo(none.body().replace("00000000-0000-0000-0000-000000000000", "X"));
        }
        assertThat(outsider.submit("/console", studyPage + "/instruments/esti", Map.of()).statusCode())
                .isEqualTo(404);

        assertThat(owner.submit(studyPage, studyPage + "/collaborators", Map.of("researcher", other)).body())
                .contains(other + " now has access to this study.");
        assertThat(outsider.get(studyPage).statusCode()).isEqualTo(200);
    }

    @Test
    void every_console_page_of_a_study_is_in_the_list_the_access_check_walks() {
        Set<String> routes = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/console/studies/{studyId}"))
                .collect(Collectors.toSet());

        assertThat(routes).as("a new study page must be added to STUDY_PAGES")
                .containsExactlyInAnyOrderElementsOf(STUDY_PAGES.stream()
                        .map(page -> "/console/studies/{studyId}" + page).toList());
    }

    /** The path of every console page of a study after its id; a page added later belongs here too. */
    static final List<String> STUDY_PAGES = List.of("", "/audit", "/imports", "/participants");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    static List<String> studyPages(String studyId) {
        List<String> pages = new ArrayList<>();
        for (String page : STUDY_PAGES) {
            pages.add("/console/studies/" + studyId + page);
        }
        return pages;
    }

    private static String estiJson() throws IOException {
        try (InputStream in = InstrumentLoader.class.getResourceAsStream(InstrumentLoader.ESTI_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
