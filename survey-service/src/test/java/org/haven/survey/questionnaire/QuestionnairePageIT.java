package org.haven.survey.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import org.haven.survey.it.Enrolled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant answering in a real browser: skipping with the gentle confirmation, coming back later, on a
 * phone-sized screen, and with the keyboard alone. Each flow ends in the event store, not only on the screen.
 */
class QuestionnairePageIT extends BrowserTestSupport {

    @Test
    void a_questionnaire_with_a_skipped_item_is_stored_with_exactly_the_chosen_answers() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled alice = enroll(studyId);
        browser.openLink(alice.token());
        assertThat(browser.heading()).isEqualTo("Emotional Safety and Trust Inventory (ESTI)");
        assertThat(browser.text()).contains("Part 1 of 8", "strongly disagree", "neither agree nor disagree",
                "Answered 0 of 36 questions");

        List<String> items = browser.itemIds();
        assertThat(items).hasSize(36);
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equals("honesty_3")) {
                continue;
            }
            chosen.put(items.get(i), i % 7 + 1);
            browser.answer(items.get(i), i % 7 + 1);
        }
        assertThat(browser.progress()).isEqualTo("Answered 35 of 36 questions");

        browser.clickButton("Submit my answers");
        assertThat(browser.dialogText()).contains("You left 1 question unanswered.");
        browser.clickButton("Go back");
        assertThat(browser.dialogOpen()).isFalse();
        assertThat(browser.heading()).isEqualTo("Emotional Safety and Trust Inventory (ESTI)");

        browser.clickButton("Submit my answers");
        assertThat(browser.dialogText()).contains("You left 1 question unanswered.");
        browser.clickButton("Submit anyway");
        browser.waitForHeading("Thank you, your answers are saved");
        assertThat(browser.text()).contains("Your answers for round 1 are saved.");

        List<JsonNode> submitted = events(alice.participantId(), "QuestionnaireSubmitted");
        assertThat(submitted).hasSize(1);
        JsonNode event = submitted.get(0);
        assertThat(event.get("source").asText()).isEqualTo("WEB");
        assertThat(event.get("wave").asInt()).isEqualTo(1);
        Map<String, Integer> stored = new LinkedHashMap<>();
        event.get("answers").fields().forEachRemaining(answer -> stored.put(answer.getKey(), answer.getValue().asInt()));
        assertThat(stored).isEqualTo(chosen).doesNotContainKey("honesty_3");
    }

    @Test
    void answers_given_before_are_restored_when_the_link_is_opened_again() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled bob = enroll(studyId);
        browser.openLink(bob.token());
        browser.answer("respect_1", 6);
        browser.answer("respect_2", 2);
        browser.answer("trust_5", 7);
        assertThat(browser.progress()).isEqualTo("Answered 3 of 36 questions");

        browser.driver().navigate().refresh();
        browser.waitForHeading("Emotional Safety and Trust Inventory (ESTI)");
        // restored from the server's draft, after the page has loaded
        browser.waitUntil(driver -> browser.chosen("respect_1", 6));
        assertThat(browser.progress()).isEqualTo("Answered 3 of 36 questions");

        browser.reopenLink(bob.token());
        browser.waitUntil(driver -> browser.chosen("respect_1", 6));
        assertThat(browser.chosen("respect_2", 2)).isTrue();
        assertThat(browser.chosen("trust_5", 7)).isTrue();
        assertThat(browser.chosen("respect_3", 1)).isFalse();
        assertThat(browser.progress()).isEqualTo("Answered 3 of 36 questions");
        assertThat(events(bob.participantId(), "QuestionnaireSubmitted")).isEmpty();
    }

    @Test
    void on_a_phone_sized_screen_nothing_scrolls_sideways_and_submitting_works() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled carol = enroll(studyId);
        Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(360, 740));
            browser.openLink(carol.token());
            assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(360);
            assertThat(scrollWidth()).isLessThanOrEqualTo(360);
            browser.answer("respect_1", 4);
            browser.answer("listening_2", 5);
            browser.clickButton("Submit my answers");
            assertThat(browser.dialogText()).contains("You left 34 questions unanswered.");
            assertThat(scrollWidth()).isLessThanOrEqualTo(360);
            browser.clickButton("Submit anyway");
            browser.waitForHeading("Thank you, your answers are saved");
            assertThat(scrollWidth()).isLessThanOrEqualTo(360);
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
        JsonNode answers = events(carol.participantId(), "QuestionnaireSubmitted").get(0).get("answers");
        assertThat(answers.size()).isEqualTo(2);
        assertThat(answers.get("respect_1").asInt()).isEqualTo(4);
        assertThat(answers.get("listening_2").asInt()).isEqualTo(5);
    }

    @Test
    void the_questionnaire_can_be_answered_and_submitted_with_the_keyboard_alone() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled dan = enroll(studyId);
        browser.openLink(dan.token());
        List<String> items = browser.itemIds();

        // Tab to the skip link and follow it, then through the 36 radio groups: Space picks the first option,
        // each arrow moves one option on. Item 2 is tabbed past, unanswered.
        Actions keys = new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER);
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            keys.sendKeys(Keys.TAB);
            if (i == 1) {
                continue;
            }
            keys.sendKeys(Keys.SPACE);
            int steps = i % 7;
            for (int step = 0; step < steps; step++) {
                keys.sendKeys(i % 2 == 0 ? Keys.ARROW_RIGHT : Keys.ARROW_DOWN);
            }
            chosen.put(items.get(i), steps + 1);
        }
        keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();

        assertThat(browser.dialogText()).contains("You left 1 question unanswered.");
        // "Go back" has the focus: the safe choice is the one Enter alone would take.
        new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        browser.waitForHeading("Thank you, your answers are saved");

        Map<String, Integer> stored = new LinkedHashMap<>();
        events(dan.participantId(), "QuestionnaireSubmitted").get(0).get("answers").fields()
                .forEachRemaining(answer -> stored.put(answer.getKey(), answer.getValue().asInt()));
        assertThat(stored).isEqualTo(chosen).doesNotContainKey(items.get(1));
    }

    @Test
    void an_answer_the_service_rejects_is_shown_next_to_its_question_and_nothing_is_stored() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled eve = enroll(studyId);
        browser.openLink(eve.token());
        browser.answer("respect_2", 3);
        // A value outside the scale, as an outdated or tampered page might send: only the service can refuse it.
        browser.script("var option = document.getElementById('respect_2-3'); option.value = '9';");
        browser.clickButton("Submit my answers");
        browser.clickButton("Submit anyway");
        browser.waitForText("1 answer needs your attention:");
        assertThat(browser.text()).contains("This answer could not be saved (value 9 is outside the scale");
        var question = browser.driver().findElement(org.openqa.selenium.By.id("item-respect_2"));
        String describedBy = question.getAttribute("aria-describedby");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id(describedBy)).getText())
                .startsWith("This answer could not be saved");
        assertThat(browser.heading()).isEqualTo("Emotional Safety and Trust Inventory (ESTI)");
        assertThat(events(eve.participantId(), "QuestionnaireSubmitted")).isEmpty();
    }

    /**
     * The README's pictures of the real page, into target/screenshots on every run (a look at what CI saw);
     * -Dhaven.screenshots.dir=$PWD/../docs renews the README's own.
     */
    @Test
    void screenshots_for_the_readme() throws IOException {
        String folder = System.getProperty("haven.screenshots.dir", "target/screenshots");
        Path docs = Files.createDirectories(Path.of(folder));
        Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(1000, 1100));
            browser.openLink(enroll(createStudy(false, ALWAYS_OPEN)).token());
            int[] values = {6, 7, 5, 6};
            for (int i = 0; i < values.length; i++) {
                browser.answer(browser.itemIds().get(i), values[i]);
            }
            browser.script("window.scrollTo(0, 0);");
            Files.write(docs.resolve("questionnaire.png"), chromium.driver().getScreenshotAs(OutputType.BYTES));

            browser.driver().manage().window().setSize(new Dimension(360, 740));
            browser.openLink(enroll(createStudy(false, ALWAYS_OPEN)).token());
            browser.answer("respect_1", 6);
            browser.script("document.querySelector('fieldset.part').scrollIntoView({block: 'start'});");
            Files.write(docs.resolve("questionnaire-phone.png"), chromium.driver().getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
        for (String picture : new String[] {"questionnaire.png", "questionnaire-phone.png"}) {
            assertThat(Files.size(docs.resolve(picture))).as(picture).isGreaterThan(10_000);
        }
    }

    private int scrollWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }
}
