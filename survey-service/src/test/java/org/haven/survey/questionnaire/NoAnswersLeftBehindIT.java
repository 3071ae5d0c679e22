package org.haven.survey.questionnaire;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.survey.draft.DraftCleanup;
import org.haven.survey.it.Enrolled;
import org.haven.survey.participant.EraseParticipant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering on a device someone else can pick up leaves no answer in the browser: the server keeps an encrypted
 * draft instead, restored from the same link, and deleted once it has no use.
 */
class NoAnswersLeftBehindIT extends BrowserTestSupport {

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
    void a_closed_tab_ends_the_session_while_a_reload_keeps_it_and_the_link_brings_the_draft_back() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled kim = enroll(studyId);
        browser.openLink(kim.token());
        browser.answer("respect_1", 4);
        browser.answer("trust_5", 2);
        browser.waitUntil(driver -> answersInDraft() == 2);
        // moving within the pages and reloading keep the session
        browser.driver().navigate().refresh();
        browser.waitUntil(driver -> browser.progress().equals("Answered 2 of 36 questions"));
        browser.clickLink("Withdraw from the study");
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/withdrawal"));
        browser.driver().navigate().back();
        browser.waitUntil(driver -> browser.progress().equals("Answered 2 of 36 questions"));
        assertThat(sessionAlive()).isTrue();

        // another window keeps the browser (and its cookies) alive while the questionnaire's tab is closed
        String questionnaireTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.WINDOW);
        String otherWindow = browser.driver().getWindowHandle();
        browser.driver().get(api.base() + "/p/ended");
        browser.driver().switchTo().window(questionnaireTab).close();
        browser.driver().switchTo().window(otherWindow);
        browser.waitUntil(driver -> !sessionAlive());
        browser.driver().get(api.base() + "/questionnaire");
        browser.waitForHeading("This link does not work");
        assertThat(browser.driver().findElements(By.id("questionnaire"))).isEmpty();

        browser.reopenLink(kim.token());
        browser.waitUntil(driver -> browser.progress().equals("Answered 2 of 36 questions"));
        assertThat(browser.chosen("respect_1", 4)).isTrue();
        assertThat(browser.chosen("trust_5", 2)).isTrue();
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

    private int putDraft(String json) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var headers = {'Content-Type': 'application/json'};"
                        + "headers[document.querySelector('meta[name=_csrf_header]').content] ="
                        + " document.querySelector('meta[name=_csrf]').content;"
                        + "fetch('/questionnaire/draft', {method: 'PUT', credentials: 'same-origin', headers: headers,"
                        + " body: arguments[0]}).then(function (r) { done(r.status); });", json)).intValue();
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

    /** Whether this browser's page session still reads the draft, asked from a page of the site. */
    private boolean sessionAlive() {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/questionnaire/draft?wave=1', {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(function (r) { done(r.status); }, function () { done(0); });");
        return ((Number) status).intValue() == 200;
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
