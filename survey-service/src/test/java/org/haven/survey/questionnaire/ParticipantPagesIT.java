package org.haven.survey.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import org.haven.survey.it.Enrolled;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages around the questionnaire: already submitted, not open yet, a link that does not work, withdrawal. */
class ParticipantPagesIT extends BrowserTestSupport {

    @Test
    void reopening_the_link_after_submitting_says_already_submitted_and_when_the_next_round_opens() {
        Instant opens = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        String studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"absolute\",\"opensAt\":\"" + opens
                + "\",\"closesAt\":\"" + opens.plus(14, ChronoUnit.DAYS) + "\"}]");
        Enrolled erin = enroll(studyId);
        browser.openLink(erin.token());
        browser.answer("respect_1", 3);
        browser.clickButton("Submit my answers");
        browser.clickButton("Submit anyway");
        browser.waitForHeading("Thank you, your answers are saved");
        assertThat(browser.text()).contains("round 2", PageMessages.when(opens));

        browser.openLink(erin.token());
        assertThat(browser.heading()).isEqualTo("You have already submitted your answers");
        assertThat(browser.text()).contains("Your answers for round 1 are saved.",
                "The next questionnaire (round 2) opens on " + PageMessages.when(opens) + ".");
    }

    @Test
    void a_study_answered_to_the_end_says_already_submitted() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled fay = enroll(studyId);
        browser.openLink(fay.token());
        browser.answer("trust_1", 7);
        browser.clickButton("Submit my answers");
        browser.clickButton("Submit anyway");
        browser.waitForHeading("Thank you, your answers are saved");

        browser.openLink(fay.token());
        assertThat(browser.heading()).isEqualTo("You have already submitted your answers");
        assertThat(browser.text()).contains("You have answered every questionnaire of this study.");
    }

    @Test
    void a_wave_not_open_yet_says_when_it_opens() {
        Instant opens = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String studyId = createStudy(false, "[{\"type\":\"absolute\",\"opensAt\":\"" + opens + "\",\"closesAt\":\""
                + opens.plus(7, ChronoUnit.DAYS) + "\"}]");
        browser.openLink(enroll(studyId).token());
        assertThat(browser.heading()).isEqualTo("Your questionnaire is not open yet");
        assertThat(browser.text()).contains("opens on " + PageMessages.when(opens));
    }

    @Test
    void a_replaced_link_and_a_made_up_one_show_the_same_page_and_the_new_link_works() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled gus = enroll(studyId);
        browser.openLink(gus.token());
        assertThat(browser.heading()).isEqualTo("Emotional Safety and Trust Inventory (ESTI)");

        var reissued = api.post("/api/studies/" + studyId + "/participants/" + gus.participantId() + "/token",
                researcher(), "application/json", new byte[0]);
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        // The page session opened with the old link ends with it.
        browser.driver().navigate().refresh();
        browser.waitForHeading("This link does not work");

        browser.openLink(gus.token());
        assertThat(browser.heading()).isEqualTo("This link does not work");
        String replaced = browser.text();
        browser.openLink("c2VlbXMtbGVnaXQtYnV0LWlzLW1hZGUtdXAtZm9yLXRoZS10ZXN0");
        assertThat(browser.text()).isEqualTo(replaced);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(gus.token());

        String newToken = reissued.json().get("token").asText();
        assertThat(reissued.json().get("link").asText()).isEqualTo(api.base() + "/p#" + newToken);
        browser.openLink(newToken);
        assertThat(browser.heading()).isEqualTo("Emotional Safety and Trust Inventory (ESTI)");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/questionnaire");
    }

    @Test
    void withdrawing_asks_for_the_scope_and_a_confirmation_and_records_it() {
        String studyId = createStudy(false, ALWAYS_OPEN);
        Enrolled hal = enroll(studyId);
        browser.openLink(hal.token());
        browser.clickLink("Withdraw from the study");
        browser.waitForHeading("Withdraw from the study");
        assertThat(browser.text()).contains("Stop sending me questionnaires", "Stop, and do not use my answers",
                "left out of every analysis");

        browser.clickButton("Continue");
        browser.waitForText("Please choose one of the two options.");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("label[for='scope-all']")).click();
        browser.clickButton("Continue");
        browser.waitForHeading("Please confirm your withdrawal");
        assertThat(browser.text()).contains("You chose: Stop, and do not use my answers.");
        assertThat(events(hal.participantId(), "ConsentWithdrawn")).isEmpty();

        browser.clickButton("Yes, withdraw");
        browser.waitForHeading("You have withdrawn from this study");
        assertThat(browser.text()).contains("left out of every analysis from now on");
        List<JsonNode> withdrawn = events(hal.participantId(), "ConsentWithdrawn");
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).get("scope").asText()).isEqualTo("STOP_USING_COLLECTED_DATA");
        assertThat(withdrawn.get(0).at("/actor/kind").asText()).isEqualToIgnoringCase("PARTICIPANT");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT status FROM participant WHERE participant_id = ?",
                String.class, hal.participantId())).isEqualTo("WITHDRAWN_DATA_EXCLUDED");

        browser.openLink(hal.token());
        assertThat(browser.heading()).isEqualTo("You have withdrawn from this study");
    }
}
