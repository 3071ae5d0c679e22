package org.haven.survey.pages;

import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParticipantPagesRulesTest {

    @Test
    void accepts_neutral_settings_and_leaves_out_fields_left_out() {
        assertThatCode(() -> ParticipantPagesRules.check("Your study", "https://www.example.org/news", 20,
                "Study team: 0123 456", "Support line: 0800")).doesNotThrowAnyException();
        assertThatCode(() -> ParticipantPagesRules.check(null, null, null, null, null)).doesNotThrowAnyException();
    }

    @Test
    void refuses_an_exit_address_that_is_not_a_website_and_names_every_field() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ParticipantPagesRules.check(" ", "javascript:alert(1)", 1, "x".repeat(301), "two\nlines"));
        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactly("pageTitle", "exitUrl", "idleMinutes", "studyContact", "supportLine");
    }

    @Test
    void only_http_and_https_addresses_with_a_host_are_web_addresses() {
        assertThat(ParticipantPagesRules.webAddress("http://127.0.0.1:8081/weather")).isTrue();
        assertThat(ParticipantPagesRules.webAddress("https://www.google.com/")).isTrue();
        assertThat(ParticipantPagesRules.webAddress("data:text/html,hello")).isFalse();
        assertThat(ParticipantPagesRules.webAddress("/weather")).isFalse();
        assertThat(ParticipantPagesRules.webAddress("https://user:pw@example.org/")).isFalse();
    }
}
