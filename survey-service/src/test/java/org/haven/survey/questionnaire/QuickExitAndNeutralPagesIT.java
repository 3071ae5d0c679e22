package org.haven.survey.questionnaire;

import org.haven.survey.it.Enrolled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick exit leaves at once and for good, nothing outside the questionnaire names the study's topic, and an
 * untouched page session ends after the study's idle time.
 */
class QuickExitAndNeutralPagesIT extends BrowserTestSupport {

    /** A study whose title names its topic: none of these words may show outside the questionnaire itself. */
    private static final String TOPIC_TITLE = "Partner violence and relationship safety";
    private static final List<String> TOPIC_WORDS = List.of("partner", "violence", "relationship", "safety",
            "trust", "abuse", "couple", "esti", "haven");

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

    private void configurePages(String studyId, String json) {
        var configured = api.send("PUT", "/api/studies/" + studyId + "/participant-pages", researcher(), json);
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    }

}
