package org.haven.survey.participant;

import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConsentRulesTest {

    // --- checkConsentFormVersion -------------------------------------------------------------------

    @Test
    void accepts_a_named_consent_form_version() {
        assertThatCode(() -> ConsentRules.checkConsentFormVersion("consent-2027-01")).doesNotThrowAnyException();
    }

    @Test
    void accepts_a_consent_form_version_of_exactly_100_characters() {
        assertThatCode(() -> ConsentRules.checkConsentFormVersion("v".repeat(100))).doesNotThrowAnyException();
    }

    @Test
    void rejects_a_consent_form_version_of_101_characters() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ConsentRules.checkConsentFormVersion("v".repeat(101)))
                .withMessage("consentFormVersion: at most 100 characters");
    }

    @Test
    void rejects_a_blank_consent_form_version() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ConsentRules.checkConsentFormVersion("  \t "))
                .satisfies(e -> assertThat(e.violations()).containsExactly(new Violation("consentFormVersion",
                        "name the consent-form version the participant agreed to")));
    }

    @Test
    void rejects_an_empty_consent_form_version() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ConsentRules.checkConsentFormVersion(""))
                .withMessage("consentFormVersion: name the consent-form version the participant agreed to");
    }

    @Test
    void rejects_a_missing_consent_form_version() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ConsentRules.checkConsentFormVersion(null))
                .withMessage("consentFormVersion: name the consent-form version the participant agreed to");
    }

    // --- checkMayAnswer ----------------------------------------------------------------------------

    @Test
    void an_active_participant_may_answer() {
        assertThatCode(() -> ConsentRules.checkMayAnswer(ParticipantStatus.ACTIVE)).doesNotThrowAnyException();
    }

    @Test
    void a_participant_who_stopped_future_waves_may_not_answer() {
        assertThatExceptionOfType(NotAllowedException.class)
                .isThrownBy(() -> ConsentRules.checkMayAnswer(ParticipantStatus.WITHDRAWN))
                .withMessage("this participant has withdrawn from the study, so no further answers are accepted");
    }

    @Test
    void a_participant_who_withdrew_their_collected_data_may_not_answer() {
        assertThatExceptionOfType(NotAllowedException.class)
                .isThrownBy(() -> ConsentRules.checkMayAnswer(ParticipantStatus.WITHDRAWN_DATA_EXCLUDED))
                .withMessage("this participant has withdrawn from the study, so no further answers are accepted");
    }

    @Test
    void an_erased_participant_may_not_answer() {
        assertThatExceptionOfType(NotAllowedException.class)
                .isThrownBy(() -> ConsentRules.checkMayAnswer(ParticipantStatus.ERASED))
                .withMessage("this participant's data was erased, so no further answers are accepted");
    }
}
