package org.haven.survey.questionnaire;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.survey.draft.DraftCleanup;
import org.haven.survey.it.Enrolled;
import org.haven.survey.participant.EraseParticipant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering on a device someone else can pick up: the browser keeps no answer (the server keeps an encrypted
 * draft instead), the quick exit leaves at once and for good, and nothing outside the questionnaire names the
 * study's topic.
 */
class SharedDeviceIT extends BrowserTestSupport {

    /** A study whose title names its topic: none of these words may show outside the questionnaire itself. */
    private static final String TOPIC_TITLE = "Partner violence and relationship safety";
    private static final List<String> TOPIC_WORDS = List.of("partner", "violence", "relationship", "safety",
            "trust", "abuse", "couple", "esti", "haven");

    @Autowired
    CommandGateway commands;

    @Autowired
    DraftCleanup cleanup;

    @Test
    void a_half_filled_questionnaire_leaves_no_answer_in_the_browser_and_comes_back_from_the_server() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled ida = enroll(studyId);
        // what an earlier version of the page left behind in this browser
        browser.driver().get(api.base() + "/p/not-valid");
        browser.script("localStorage.setItem('haven.answers.someone.1', '{\"honesty_3\":6}');");

        browser.openLink(ida.token());
        assertThat(browser.script("return localStorage.getItem('haven.answers.someone.1');")).isNull();
        assertThat(browser.driver().findElement(By.id("questionnaire")).getAttribute("autocomplete")).isEqualTo("off");
        browser.answer("respect_1", 6);
        browser.answer("respect_2", 2);
        browser.answer("trust_5", 7);
        browser.waitUntil(driver -> draftCount(ida.participantId()) == 1 && answersInDraft() == 3);
        // the draft's row is ciphertext; the answers never enter an event
        assertThat(jdbc().queryForObject("SELECT answers FROM answer_draft WHERE participant_id = ?", String.class,
                ida.participantId())).doesNotContain("respect_1").contains("ciphertext");
        assertThat(storedEvents(ida.participantId())).extracting(StoredEvent::payloadType)
                .containsExactly("org.haven.events.participant.ParticipantEnrolled");
        // a draft the page would never send is refused, naming the field, and the saved one stays
        assertThat(putDraft("{\"wave\":1,\"answers\":{\"1-not-an-item\":3}}")).isEqualTo(422);
        assertThat(answersInDraft()).isEqualTo(3);
        assertThat(cacheControl("/questionnaire")).contains("no-store");
        assertThat(cacheControl("/questionnaire/draft?wave=1")).contains("no-store");

        assertNoStorage();
        // Close the tab; in a new one of the same site the browser holds nothing of the answers.
        String questionnaireTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        String newTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().window(questionnaireTab).close();
        browser.driver().switchTo().window(newTab);
        browser.driver().get(api.base() + "/p/not-valid");
        assertNoStorage();
        assertThat(browser.driver().manage().getCookies()).extracting(Cookie::getName)
                .allMatch(name -> name.equals("sid") || name.equals("xsrf"));
        assertThat(browser.driver().manage().getCookies()).extracting(Cookie::getValue)
                .noneMatch(value -> value.contains("respect"));
        // nor on disk: no file of the profile (HTTP cache, storage, session restore) holds an item of the page
        assertThat(profileFilesContaining("respect_1")).isEmpty();

        browser.openLink(ida.token());
        browser.waitUntil(driver -> browser.progress().equals("Answered 3 of 36 questions"));
        assertThat(browser.chosen("respect_1", 6)).isTrue();
        assertThat(browser.chosen("respect_2", 2)).isTrue();
        assertThat(browser.chosen("trust_5", 7)).isTrue();
        assertThat(browser.chosen("respect_3", 1)).isFalse();
    }

    @Test
    void the_quick_exit_by_button_or_double_escape_lands_on_the_neutral_page_and_back_shows_no_questionnaire() {
        try (NeutralSite weather = new NeutralSite()) {
            String studyId = createStudy(false, ALWAYS_OPEN);
            configurePages(studyId, "{\"exitUrl\":\"" + weather.url() + "\"}");
            Enrolled jo = enroll(studyId);

            browser.openLink(jo.token());
            browser.answer("respect_1", 5);
            browser.clickLink("Withdraw from the study");
            browser.waitForHeading("Withdraw from the study");
            long history = ((Number) browser.script("return history.length;")).longValue();
            browser.clickLink("Quick exit");
            browser.waitForHeading(NeutralSite.HEADING);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(weather.url());
            assertThat(((Number) browser.script("return history.length;")).longValue()).isEqualTo(history);
            browser.driver().navigate().back();
            // the questionnaire's address, asked again: the session ended with the exit
            browser.waitForHeading("This link does not work");
            assertThat(browser.driver().findElements(By.cssSelector("fieldset.item"))).isEmpty();

            browser.openLink(jo.token());
            browser.waitUntil(driver -> browser.chosen("respect_1", 5));
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).perform();
            browser.waitForHeading(NeutralSite.HEADING);
            browser.driver().navigate().back();
            browser.waitUntil(driver -> !driver.getCurrentUrl().equals(weather.url()));
            assertThat(browser.driver().findElements(By.cssSelector("fieldset.item"))).isEmpty();
            browser.driver().get(api.base() + "/questionnaire");
            browser.waitForHeading("This link does not work");
        }
    }

    @Test
    void titles_addresses_and_cookies_are_neutral_and_the_study_sets_its_own_title_and_help_lines() {
        String studyId = topicStudy("[{\"type\":\"always\"},{\"type\":\"always\"}]");
        configurePages(studyId, "{\"pageTitle\":\"Weekly check-in\",\"studyContact\":\"Study team: 0123 456 789\","
                + "\"supportLine\":\"Support, day and night: 0800 000 000\"}");
        var applied = api.get("/api/studies/" + studyId + "/participant-pages", researcher()).json();
        assertThat(applied.get("pageTitle").asText()).isEqualTo("Weekly check-in");
        assertThat(applied.get("idleMinutes").asInt()).isEqualTo(20);
        assertThat(applied.get("exitUrl").asText()).isEqualTo("https://www.google.com/");
        Enrolled kim = enroll(studyId);
        List<String> seen = new ArrayList<>();

        browser.driver().manage().deleteAllCookies();
        browser.driver().get(api.base() + "/p#" + kim.token());
        seen.add(browser.driver().getTitle());
        browser.waitForHeading("Emotional Safety and Trust Inventory (ESTI)");
        seen.add(browser.driver().getTitle());
        seen.add(browser.driver().getCurrentUrl());
        assertThat(browser.driver().getTitle()).isEqualTo("Your questionnaire · Weekly check-in");
        assertThat(browser.driver().findElement(By.cssSelector("header .brand")).getText()).isEqualTo("Weekly check-in");
        assertThat(browser.driver().findElement(By.id("idle-dialog")).getAttribute("data-idle-seconds"))
                .isEqualTo("1200");
        assertThat(browser.driver().findElement(By.cssSelector("footer.help")).getText())
                .contains("Study team: 0123 456 789", "Support, day and night: 0800 000 000");

        browser.answer("trust_1", 4);
        browser.clickButton("Submit my answers");
        browser.clickButton("Submit anyway");
        browser.waitForHeading("Thank you, your answers are saved");
        seen.add(browser.driver().getTitle());
        seen.add(browser.driver().getCurrentUrl());
        assertThat(browser.text()).contains("Round 2 is open as well: you can answer it now.");
        browser.clickLink("Answer round 2 now");
        browser.waitForHeading("Emotional Safety and Trust Inventory (ESTI)");
        assertThat(browser.text()).contains("Round 2.");

        browser.clickLink("Withdraw from the study");
        browser.waitForHeading("Withdraw from the study");
        seen.add(browser.driver().getTitle());
        seen.add(browser.driver().getCurrentUrl());
        assertThat(browser.driver().manage().getCookies()).extracting(Cookie::getName)
                .containsExactlyInAnyOrder("sid", "xsrf");

        seen.addAll(browser.driver().findElements(By.cssSelector("link[rel=stylesheet], script[src]")).stream()
                .map(element -> element.getAttribute(element.getTagName().equals("link") ? "href" : "src")).toList());
        for (String shown : seen) {
            assertThat(words(shown)).as(shown).doesNotContainAnyElementsOf(TOPIC_WORDS);
        }

        // a page address that is not a website is refused, naming the field; nothing changes
        var refused = refused(422, () -> api.send("PUT", "/api/studies/" + studyId + "/participant-pages",
                researcher(), "{\"exitUrl\":\"javascript:alert(1)\",\"idleMinutes\":1}"));
        assertThat(problemFields(refused.json())).contains("exitUrl", "idleMinutes");
    }

    @Test
    void the_draft_is_deleted_on_submission_withdrawal_erasure_and_when_its_wave_has_closed() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled lea = enroll(studyId);
        browser.openLink(lea.token());
        browser.answer("respect_1", 3);
        browser.waitUntil(driver -> draftCount(lea.participantId()) == 1);
        browser.clickButton("Submit my answers");
        browser.clickButton("Submit anyway");
        browser.waitForHeading("Thank you, your answers are saved");
        assertThat(draftCount(lea.participantId())).isZero();
        // the session ended with the submission
        browser.driver().navigate().refresh();
        browser.waitForHeading("This link does not work");

        Enrolled max = enroll(studyId);
        browser.openLink(max.token());
        browser.answer("respect_1", 3);
        browser.waitUntil(driver -> draftCount(max.participantId()) == 1);
        browser.clickLink("Withdraw from the study");
        browser.driver().findElement(By.cssSelector("label[for='scope-future']")).click();
        browser.clickButton("Continue");
        browser.clickButton("Yes, withdraw");
        browser.waitForHeading("You have withdrawn from this study");
        assertThat(draftCount(max.participantId())).isZero();

        Enrolled ned = enroll(studyId);
        browser.openLink(ned.token());
        browser.answer("respect_1", 3);
        browser.waitUntil(driver -> draftCount(ned.participantId()) == 1);
        commands.sendAndWait(new EraseParticipant(ned.participantId(), Actor.researcher("it-admin")));
        assertThat(draftCount(ned.participantId())).isZero();

        Enrolled ola = enroll(studyId);
        browser.openLink(ola.token());
        browser.answer("respect_1", 3);
        browser.waitUntil(driver -> draftCount(ola.participantId()) == 1);
        jdbc().update("UPDATE answer_draft SET closes_at = ? WHERE participant_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), ola.participantId());
        cleanup.closedWaves();
        assertThat(draftCount(ola.participantId())).isZero();

        for (Enrolled someone : List.of(lea, max, ned, ola)) {
            assertThat(storedEvents(someone.participantId())).extracting(StoredEvent::payloadType)
                    .noneMatch(type -> type.toLowerCase(Locale.ROOT).contains("draft"));
        }
    }

    @Test
    void an_untouched_page_warns_a_minute_before_the_study_idle_time_and_then_ends_the_session() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        configurePages(studyId, "{\"idleMinutes\":2}");
        browser.openLink(enroll(studyId).token());
        browser.answer("respect_1", 4);
        var slow = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(100));
        slow.until(driver -> !driver.findElements(By.cssSelector("dialog#idle-dialog[open]")).isEmpty());
        assertThat(browser.dialogText()).contains("this page will close in one minute");
        slow.until(driver -> driver.getCurrentUrl().endsWith("/p/ended"));
        browser.waitForHeading("Your session has ended");
        browser.driver().get(api.base() + "/questionnaire");
        browser.waitForHeading("This link does not work");
    }

    private int putDraft(String json) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var headers = {'Content-Type': 'application/json'};"
                        + "headers[document.querySelector('meta[name=_csrf_header]').content] ="
                        + " document.querySelector('meta[name=_csrf]').content;"
                        + "fetch('/questionnaire/draft', {method: 'PUT', credentials: 'same-origin', headers: headers,"
                        + " body: arguments[0]}).then(function (r) { done(r.status); });", json)).intValue();
    }

    /** The words of a title or address, lower case (so "questionnaire" is not taken for "esti"). */
    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^a-z]+"));
    }

    /** A study whose title names its topic, with ESTI published. */
    private String topicStudy(String waves) {
        var created = api.postJson("/api/studies", researcher(),
                "{\"title\":\"" + TOPIC_TITLE + "\",\"waves\":" + waves + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String studyId = created.json().get("studyId").asText();
        var published = api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", researcher(),
                "application/json", new byte[0]);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return studyId;
    }

    /** The page's origin has nothing in localStorage, sessionStorage or IndexedDB. */
    private void assertNoStorage() {
        assertThat(((Number) browser.script("return localStorage.length;")).intValue()).isZero();
        assertThat(((Number) browser.script("return sessionStorage.length;")).intValue()).isZero();
        Object databases = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "indexedDB.databases().then(function (list) { done(list.length); });");
        assertThat(((Number) databases).intValue()).isZero();
    }

    private void configurePages(String studyId, String json) {
        var configured = api.send("PUT", "/api/studies/" + studyId + "/participant-pages", researcher(), json);
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    }

    private String cacheControl(String path) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('" + path + "', {credentials: 'same-origin'})"
                        + ".then(function (r) { done(r.headers.get('Cache-Control')); });"));
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    private int draftCount(String participantId) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM answer_draft WHERE participant_id = ?", Integer.class,
                participantId);
    }

    /** How many answers the server would restore, as the page itself asks for them. */
    private int answersInDraft() {
        Object count = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/questionnaire/draft?wave=1', {credentials: 'same-origin'})"
                        + ".then(function (r) { return r.json(); })"
                        + ".then(function (d) { done(Object.keys(d.answers).length); });");
        return ((Number) count).intValue();
    }

    private static List<Path> profileFilesContaining(String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(chromium.profile())) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, needle)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false; // a file Chromium holds open exclusively, or removed meanwhile
        }
    }
}
