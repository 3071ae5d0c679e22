package org.haven.survey.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haven.events.Actor;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ContactAddressChanged;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.participant.WithdrawalScope;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.SubmissionResult;
import org.haven.survey.submission.SubmitQuestionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.haven.survey.problem.ViolationMatchers.violationOn;

class ParticipantTest {

    private static final String STUDY_ID = "study-7c1e";
    private static final String PARTICIPANT_ID = "p-3f9a2b";
    private static final Instant ENROLLED_AT = Instant.parse("2027-01-05T09:30:00Z");
    /** Wave 1 is always open, so any instant works; this one is a day after enrollment. */
    private static final Instant NOW = Instant.parse("2027-01-06T18:00:00Z");
    private static final LocalDate COMPLETED_ON = LocalDate.of(2027, 1, 6);
    private static final Actor SELF = Actor.participant(PARTICIPANT_ID);
    private static final Actor RESEARCHER = Actor.researcher("dr.okafor");
    private static final Actor IMPORT = Actor.system("import");

    private static final int ALWAYS_OPEN_WAVE = 1;
    private static final int CLOSED_WAVE = 2;
    private static final int RELATIVE_WAVE = 3;
    /** Wave 3 opens 30 days after enrollment and stays open 7 days: [2027-02-04T09:30Z, 2027-02-11T09:30Z). */
    private static final Instant RELATIVE_OPENS = Instant.parse("2027-02-04T09:30:00Z");
    private static final Instant RELATIVE_CLOSES = Instant.parse("2027-02-11T09:30:00Z");

    private static final Map<String, Integer> ANSWERS = Map.of("respect_1", 5, "listening_2", 7, "trust_5", 1);
    private static final Map<String, Integer> OTHER_ANSWERS = Map.of("respect_1", 4, "listening_2", 7, "trust_5", 1);

    private AggregateTestFixture<Participant> fixture;

    @BeforeEach
    void setUp() {
        TreeMap<Integer, WaveWindow> waves = new TreeMap<>();
        waves.put(ALWAYS_OPEN_WAVE, new WaveWindow.AlwaysOpen());
        waves.put(CLOSED_WAVE, new WaveWindow.Absolute(
                Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")));
        waves.put(RELATIVE_WAVE, new WaveWindow.RelativeToEnrollment(30, 7));
        StudyDefinition study = new StudyDefinition(STUDY_ID, "Trust in couples", "dr.okafor", true, waves,
                List.of(InstrumentLoader.esti(), pulse()));
        StudyCatalog catalog = studyId -> STUDY_ID.equals(studyId) ? Optional.of(study) : Optional.empty();

        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(catalog);
    }

    // --- EnrollParticipant -------------------------------------------------------------------------

    @Test
    void enrolls_a_participant_with_the_consent_version_stripped() {
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "  consent-2027-01 \n", RESEARCHER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantEnrolled(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "consent-2027-01", null,
                        RESEARCHER));
    }

    @Test
    void rejects_enrollment_in_an_unknown_study() {
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, "study-nope", ENROLLED_AT, "consent-2027-01", RESEARCHER))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("study study-nope does not exist")
                .expectNoEvents();
    }

    @Test
    void rejects_enrollment_with_a_blank_consent_version() {
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, " \t ", RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("consentFormVersion"))
                .expectExceptionMessage(containsString("consentFormVersion"))
                .expectNoEvents();
    }

    @Test
    void rejects_enrollment_without_a_consent_version() {
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, null, RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("consentFormVersion"))
                .expectNoEvents();
    }

    @Test
    void rejects_enrollment_with_a_consent_version_over_100_characters() {
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "v".repeat(101), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("consentFormVersion: at most 100 characters")
                .expectNoEvents();
    }

    // --- SubmitQuestionnaire: accepted ---------------------------------------------------------------

    @Test
    void stores_web_answers_for_an_open_wave() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, ALWAYS_OPEN_WAVE, "esti", 1,
                        Map.of("respect_1", 5, "listening_2", 7, "trust_5", 1), null, "sub-1", SubmissionSource.WEB,
                        COMPLETED_ON, SELF))
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "sub-1",
                        COMPLETED_ON, true));
    }

    @Test
    void accepts_the_lowest_and_highest_value_of_the_scale() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", Map.of("respect_1", 1, "respect_2", 7), NOW))
                .expectEvents(new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, ALWAYS_OPEN_WAVE, "esti", 1,
                        Map.of("respect_1", 1, "respect_2", 7), null, "sub-1", SubmissionSource.WEB, COMPLETED_ON,
                        SELF));
    }

    @Test
    void answers_a_retry_with_the_same_submission_id_with_the_original_result_and_no_event() {
        fixture.given(enrolled(), submitted(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, SubmissionSource.WEB, COMPLETED_ON))
                .when(new SubmitQuestionnaire(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "esti", 1, ANSWERS, "sub-1",
                        SubmissionSource.WEB, LocalDate.of(2027, 1, 9), Instant.parse("2027-01-09T08:00:00Z"), SELF))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "sub-1",
                        COMPLETED_ON, false));
    }

    @Test
    void answers_a_retry_after_the_wave_closed_as_already_stored() {
        fixture.given(enrolled(), submitted(RELATIVE_WAVE, "sub-3", ANSWERS, SubmissionSource.WEB,
                        LocalDate.of(2027, 2, 10)))
                .when(web(RELATIVE_WAVE, "sub-3", ANSWERS, RELATIVE_CLOSES.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, RELATIVE_WAVE, "sub-3",
                        LocalDate.of(2027, 2, 10), false));
    }

    @Test
    void stores_a_second_wave_after_the_first_was_submitted() {
        fixture.given(enrolled(), submitted(RELATIVE_WAVE, "sub-3", ANSWERS, SubmissionSource.WEB, COMPLETED_ON))
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", OTHER_ANSWERS, NOW))
                .expectEvents(new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, ALWAYS_OPEN_WAVE, "esti", 1,
                        OTHER_ANSWERS, null, "sub-1", SubmissionSource.WEB, COMPLETED_ON, SELF))
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "sub-1",
                        COMPLETED_ON, true));
    }

    @Test
    void imports_answers_for_a_closed_wave() {
        LocalDate onPaper = LocalDate.of(2026, 10, 20);
        fixture.given(enrolled())
                .when(imported(CLOSED_WAVE, "imp-1", ANSWERS, onPaper))
                .expectEvents(new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, CLOSED_WAVE, "esti", 1, ANSWERS,
                        null, "imp-1", SubmissionSource.IMPORT, onPaper, IMPORT))
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, CLOSED_WAVE, "imp-1", onPaper, true));
    }

    @Test
    void answers_a_reimport_of_identical_answers_under_a_new_id_as_already_stored() {
        LocalDate onPaper = LocalDate.of(2026, 10, 20);
        fixture.given(enrolled(), submitted(CLOSED_WAVE, "imp-1", ANSWERS, SubmissionSource.IMPORT, onPaper))
                .when(imported(CLOSED_WAVE, "imp-2", new HashMap<>(ANSWERS), LocalDate.of(2026, 10, 21)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, CLOSED_WAVE, "imp-1", onPaper, false));
    }

    // --- SubmitQuestionnaire: one submission per wave ----------------------------------------------

    @Test
    void rejects_a_second_submission_for_the_same_wave() {
        fixture.given(enrolled(), submitted(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, SubmissionSource.WEB, COMPLETED_ON))
                .when(web(ALWAYS_OPEN_WAVE, "sub-2", ANSWERS, NOW))
                .expectException(ConflictException.class)
                .expectException(violationOn("wave"))
                .expectExceptionMessage("wave 1 was already submitted")
                .expectNoEvents();
    }

    @Test
    void rejects_a_reimport_with_different_answers() {
        fixture.given(enrolled(), submitted(CLOSED_WAVE, "imp-1", ANSWERS, SubmissionSource.IMPORT, COMPLETED_ON))
                .when(imported(CLOSED_WAVE, "imp-2", OTHER_ANSWERS, COMPLETED_ON))
                .expectException(ConflictException.class)
                .expectException(violationOn("wave"))
                .expectExceptionMessage("wave 2 of this participant is already stored with different answers")
                .expectNoEvents();
    }

    // --- SubmitQuestionnaire: wave windows ---------------------------------------------------------

    @Test
    void rejects_web_answers_for_a_closed_wave() {
        fixture.given(enrolled())
                .when(web(CLOSED_WAVE, "sub-2", ANSWERS, NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("wave"))
                .expectExceptionMessage("wave: wave 2 is not open for answers now")
                .expectNoEvents();
    }

    @Test
    void rejects_web_answers_a_second_before_a_relative_wave_opens() {
        fixture.given(enrolled())
                .when(web(RELATIVE_WAVE, "sub-3", ANSWERS, RELATIVE_OPENS.minusSeconds(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("wave: wave 3 is not open for answers now")
                .expectNoEvents();
    }

    @Test
    void accepts_web_answers_at_the_instant_a_relative_wave_opens() {
        fixture.given(enrolled())
                .when(web(RELATIVE_WAVE, "sub-3", ANSWERS, RELATIVE_OPENS))
                .expectEvents(webSubmitted(RELATIVE_WAVE, "sub-3", ANSWERS));
    }

    @Test
    void accepts_web_answers_a_second_before_a_relative_wave_closes() {
        fixture.given(enrolled())
                .when(web(RELATIVE_WAVE, "sub-3", ANSWERS, RELATIVE_CLOSES.minusSeconds(1)))
                .expectEvents(webSubmitted(RELATIVE_WAVE, "sub-3", ANSWERS));
    }

    @Test
    void rejects_web_answers_at_the_instant_a_relative_wave_closes() {
        fixture.given(enrolled())
                .when(web(RELATIVE_WAVE, "sub-3", ANSWERS, RELATIVE_CLOSES))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("wave: wave 3 is not open for answers now")
                .expectNoEvents();
    }

    @Test
    void imports_answers_for_a_relative_wave_before_it_opens() {
        fixture.given(enrolled())
                .when(imported(RELATIVE_WAVE, "imp-3", ANSWERS, COMPLETED_ON))
                .expectEvents(new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, RELATIVE_WAVE, "esti", 1, ANSWERS,
                        null, "imp-3", SubmissionSource.IMPORT, COMPLETED_ON, IMPORT));
    }

    @Test
    void rejects_a_wave_the_study_does_not_have() {
        fixture.given(enrolled())
                .when(web(4, "sub-4", ANSWERS, NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("wave"))
                .expectExceptionMessage("wave: this study has no wave 4 (waves 1 to 3)")
                .expectNoEvents();
    }

    @Test
    void rejects_an_import_for_a_wave_the_study_does_not_have() {
        fixture.given(enrolled())
                .when(imported(0, "imp-0", ANSWERS, COMPLETED_ON))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("wave"))
                .expectNoEvents();
    }

    // --- SubmitQuestionnaire: answers against the instrument ---------------------------------------

    @Test
    void rejects_an_item_the_instrument_does_not_have() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", Map.of("respect_1", 5, "respect_99", 3), NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("answers.respect_99"))
                .expectExceptionMessage(containsString("answers.respect_99"))
                .expectExceptionMessage(containsString("unknown item 'respect_99' in instrument esti version 1"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_value_below_the_scale() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", Map.of("respect_1", 0), NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("answers.respect_1"))
                .expectExceptionMessage("answers.respect_1: value 0 is outside the scale 1 to 7")
                .expectNoEvents();
    }

    @Test
    void rejects_a_value_above_the_scale() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", Map.of("respect_1", 5, "trust_2", 8), NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("answers.trust_2"))
                .expectExceptionMessage("answers.trust_2: value 8 is outside the scale 1 to 7")
                .expectNoEvents();
    }

    @Test
    void rejects_an_imported_value_out_of_range_for_a_closed_wave() {
        fixture.given(enrolled())
                .when(imported(CLOSED_WAVE, "imp-1", Map.of("respect_1", 8), COMPLETED_ON))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("answers.respect_1: value 8 is outside the scale 1 to 7")
                .expectNoEvents();
    }

    @Test
    void names_every_offending_item_when_several_answers_are_wrong() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", Map.of("respect_1", 0, "trust_2", 8, "respect_99", 3), NOW))
                .expectException(allOf(instanceOf(InvalidInputException.class), violationOn("answers.respect_1"),
                        violationOn("answers.trust_2"), violationOn("answers.respect_99")))
                .expectExceptionMessage(containsString("3 problems"))
                .expectNoEvents();
    }

    @Test
    void rejects_an_item_sent_as_null_instead_of_left_out() {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("respect_1", 5);
        answers.put("respect_2", null);
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", answers, NOW))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("answers.respect_2: leave a skipped item out instead of sending null")
                .expectNoEvents();
    }

    @Test
    void rejects_empty_answers() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", Map.of(), NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("answers"))
                .expectExceptionMessage("answers: at least one item must be answered")
                .expectNoEvents();
    }

    @Test
    void rejects_missing_answers() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", null, NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("answers"))
                .expectNoEvents();
    }

    @Test
    void rejects_answers_that_leave_out_a_required_item() {
        fixture.given(enrolled())
                .when(new SubmitQuestionnaire(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "pulse", 1, Map.of("pulse_2", 3),
                        "sub-1", SubmissionSource.WEB, COMPLETED_ON, NOW, SELF))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("answers.pulse_1"))
                .expectExceptionMessage("answers.pulse_1: item pulse_1 is required")
                .expectNoEvents();
    }

    @Test
    void stores_answers_that_include_the_required_item_and_skip_the_optional_one() {
        fixture.given(enrolled())
                .when(new SubmitQuestionnaire(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "pulse", 1, Map.of("pulse_1", 5),
                        "sub-1", SubmissionSource.WEB, COMPLETED_ON, NOW, SELF))
                .expectEvents(new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, ALWAYS_OPEN_WAVE, "pulse", 1,
                        Map.of("pulse_1", 5), null, "sub-1", SubmissionSource.WEB, COMPLETED_ON, SELF));
    }

    @Test
    void rejects_an_instrument_version_the_study_has_not_published() {
        fixture.given(enrolled())
                .when(new SubmitQuestionnaire(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "esti", 2, ANSWERS, "sub-1",
                        SubmissionSource.WEB, COMPLETED_ON, NOW, SELF))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("instrumentVersion"))
                .expectExceptionMessage("instrumentVersion: instrument esti version 2 is not published in this study")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_submission_id() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "  ", ANSWERS, NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("submissionId"))
                .expectExceptionMessage(containsString("submissionId"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_submission_id_over_64_characters() {
        fixture.given(enrolled())
                .when(web(ALWAYS_OPEN_WAVE, "s".repeat(65), ANSWERS, NOW))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("submissionId"))
                .expectNoEvents();
    }

    // --- SubmitQuestionnaire: consent --------------------------------------------------------------

    @Test
    void rejects_answers_after_consent_was_withdrawn_for_future_waves() {
        fixture.given(enrolled(),
                        new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, NOW))
                .expectException(NotAllowedException.class)
                .expectExceptionMessage(containsString("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void rejects_answers_after_consent_was_withdrawn_including_collected_data() {
        fixture.given(enrolled(),
                        new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_USING_COLLECTED_DATA,
                                RESEARCHER))
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, NOW))
                .expectException(NotAllowedException.class)
                .expectExceptionMessage(containsString("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void rejects_an_import_after_consent_was_withdrawn() {
        fixture.given(enrolled(),
                        new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .when(imported(CLOSED_WAVE, "imp-1", ANSWERS, COMPLETED_ON))
                .expectException(NotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void rejects_answers_after_the_participant_was_erased() {
        fixture.given(enrolled(), new ParticipantErased(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, NOW))
                .expectException(NotAllowedException.class)
                .expectExceptionMessage(containsString("erased"))
                .expectNoEvents();
    }

    @Test
    void rejects_answers_after_withdrawal_and_erasure() {
        fixture.given(enrolled(),
                        new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_USING_COLLECTED_DATA, SELF),
                        new ParticipantErased(PARTICIPANT_ID, STUDY_ID, Actor.system("privacy")))
                .when(imported(CLOSED_WAVE, "imp-1", ANSWERS, COMPLETED_ON))
                .expectException(NotAllowedException.class)
                .expectExceptionMessage(containsString("erased"))
                .expectNoEvents();
    }

    @Test
    void a_retry_of_an_answer_accepted_before_the_withdrawal_still_gets_its_original_result() {
        fixture.given(enrolled(), webSubmitted(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS),
                        new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .when(web(ALWAYS_OPEN_WAVE, "sub-1", ANSWERS, NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new SubmissionResult(PARTICIPANT_ID, ALWAYS_OPEN_WAVE, "sub-1",
                        COMPLETED_ON, false))
                .expectNoEvents();
    }

    // --- WithdrawConsent and EraseParticipant -----------------------------------------------------

    @Test
    void records_a_withdrawal_with_its_scope_and_who_acted() {
        fixture.given(enrolled())
                .when(new WithdrawConsent(PARTICIPANT_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .expectEvents(new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .expectResultMessagePayload(true);
    }

    @Test
    void widens_a_withdrawal_of_future_waves_to_the_collected_data() {
        fixture.given(enrolled(), new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .when(new WithdrawConsent(PARTICIPANT_ID, WithdrawalScope.STOP_USING_COLLECTED_DATA, RESEARCHER))
                .expectEvents(new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_USING_COLLECTED_DATA,
                        RESEARCHER));
    }

    @Test
    void a_repeated_or_narrower_withdrawal_changes_nothing() {
        fixture.given(enrolled(),
                        new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_USING_COLLECTED_DATA, SELF))
                .when(new WithdrawConsent(PARTICIPANT_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void rejects_a_withdrawal_after_erasure() {
        fixture.given(enrolled(), new ParticipantErased(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .when(new WithdrawConsent(PARTICIPANT_ID, WithdrawalScope.STOP_FUTURE_WAVES, SELF))
                .expectException(NotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void erases_a_participant_once_and_a_second_erasure_changes_nothing() {
        fixture.given(enrolled())
                .when(new EraseParticipant(PARTICIPANT_ID, RESEARCHER))
                .expectEvents(new ParticipantErased(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .expectResultMessagePayload(true);
        fixture.given(enrolled(), new ParticipantErased(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .when(new EraseParticipant(PARTICIPANT_ID, RESEARCHER))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void keeps_the_encrypted_contact_email_and_comment_as_given() {
        var email = new org.haven.events.EncryptedValue("k1", new byte[12], new byte[] {1, 2, 3});
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "consent-2027-01", email, RESEARCHER))
                .expectEvents(new ParticipantEnrolled(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "consent-2027-01", email,
                        RESEARCHER));
    }

    @Test
    void records_the_participants_own_time_zone_at_enrollment() {
        fixture.givenNoPriorActivity()
                .when(new EnrollParticipant(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "consent-2027-01", null,
                        java.time.ZoneId.of("Asia/Tokyo"), RESEARCHER))
                .expectEvents(new ParticipantEnrolled(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "consent-2027-01", null,
                        java.time.ZoneId.of("Asia/Tokyo"), RESEARCHER));
    }

    @Test
    void changes_the_contact_address_also_after_a_withdrawal() {
        var email = new org.haven.events.EncryptedValue("k1", new byte[12], new byte[] {4, 5});
        fixture.given(enrolled(), new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES,
                        SELF))
                .when(new ChangeContactAddress(PARTICIPANT_ID, STUDY_ID, email, RESEARCHER))
                .expectEvents(new ContactAddressChanged(PARTICIPANT_ID, STUDY_ID, email, RESEARCHER));
    }

    @Test
    void refuses_an_address_change_for_an_erased_participant_or_from_another_study() {
        var email = new org.haven.events.EncryptedValue("k1", new byte[12], new byte[] {4, 5});
        fixture.given(enrolled(), new ParticipantErased(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .when(new ChangeContactAddress(PARTICIPANT_ID, STUDY_ID, email, RESEARCHER))
                .expectNoEvents()
                .expectException(NotAllowedException.class);
        fixture.given(enrolled())
                .when(new ChangeContactAddress(PARTICIPANT_ID, "another-study", email, RESEARCHER))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static ParticipantEnrolled enrolled() {
        return new ParticipantEnrolled(PARTICIPANT_ID, STUDY_ID, ENROLLED_AT, "consent-2027-01", null, RESEARCHER);
    }

    private static QuestionnaireSubmitted submitted(int wave, String submissionId, Map<String, Integer> answers,
                                                    SubmissionSource source, LocalDate completedOn) {
        return new QuestionnaireSubmitted(PARTICIPANT_ID, STUDY_ID, wave, "esti", 1, answers, null, submissionId,
                source, completedOn, source == SubmissionSource.WEB ? SELF : IMPORT);
    }

    private static QuestionnaireSubmitted webSubmitted(int wave, String submissionId, Map<String, Integer> answers) {
        return submitted(wave, submissionId, answers, SubmissionSource.WEB, COMPLETED_ON);
    }

    private static SubmitQuestionnaire web(int wave, String submissionId, Map<String, Integer> answers,
                                           Instant receivedAt) {
        return new SubmitQuestionnaire(PARTICIPANT_ID, wave, "esti", 1, answers, submissionId, SubmissionSource.WEB,
                COMPLETED_ON, receivedAt, SELF);
    }

    /** Received well after every window of the test study closed. */
    private static SubmitQuestionnaire imported(int wave, String submissionId, Map<String, Integer> answers,
                                                LocalDate completedOn) {
        return new SubmitQuestionnaire(PARTICIPANT_ID, wave, "esti", 1, answers, submissionId,
                SubmissionSource.IMPORT, completedOn, Instant.parse("2027-06-30T12:00:00Z"), IMPORT);
    }

    /** A small instrument with one required item ({@code pulse_1}) and one optional ({@code pulse_2}). */
    private static Instrument pulse() {
        Scale agree5 = new Scale("agree5", 1, 5, List.of(new ValueLabel(1, "strongly disagree"),
                new ValueLabel(2, "disagree"), new ValueLabel(3, "neutral"), new ValueLabel(4, "agree"),
                new ValueLabel(5, "strongly agree")));
        return new Instrument("pulse", 1, "Pulse check", List.of(agree5), List.of(new Subscale("pulse", "closeness")),
                List.of(new Item("pulse_1", "pulse", "I felt close to my partner this week.", false, "agree5", true),
                        new Item("pulse_2", "pulse", "We argued more than usual.", true, "agree5", false)),
                List.of());
    }
}
