package org.haven.survey.importing;

import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.study.StudyDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * ESTI v1 (items respect_1.., scale 1..7, all optional) in a study with waves 1 and 2; today is 2027-03-15.
 * P-known is an active participant, every other ref is unknown unless a test adds it.
 */
class ImportPlannerTest {

    private static final Instrument ESTI = InstrumentLoader.esti();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private final Map<String, KnownRef> known = new HashMap<>(Map.of(
            "P-known", new KnownRef("participant-known", ParticipantStatus.ACTIVE)));

    private static StudyDefinition study(boolean importsMayEnroll) {
        return new StudyDefinition("study-1", "Safety at home", "researcher-1", importsMayEnroll,
                new TreeMap<>(Map.of(1, new WaveWindow.AlwaysOpen(), 2, new WaveWindow.AlwaysOpen())), List.of(ESTI));
    }

    private ImportPlan plan(ImportRow... rows) {
        return plan(true, rows);
    }

    private ImportPlan plan(boolean importsMayEnroll, ImportRow... rows) {
        return new ImportPlanner(study(importsMayEnroll), ESTI, ref -> Optional.ofNullable(known.get(ref)), TODAY)
                .plan(List.of(rows));
    }

    private static ImportRow row(long line, String ref, String wave, String itemId, String value, String completedOn) {
        return new ImportRow(line, ref, wave, itemId, value, completedOn);
    }

    /** A valid unit of P-other, wave 1, on lines 90-91: present in tests to show that other units are unaffected. */
    private static final ImportRow OTHER_1 = row(90, "P-other", "1", "trust_1", "2", "2027-03-01");
    private static final ImportRow OTHER_2 = row(91, "P-other", "1", "trust_2", "3", "2027-03-01");
    private static final ImportUnit OTHER_UNIT = new ImportUnit("P-other", null, 1, 90,
            Map.of("trust_1", 2, "trust_2", 3), LocalDate.of(2027, 3, 1));

    private static void onlyTheOtherUnitIsStored(ImportPlan plan) {
        assertThat(plan.units()).containsExactly(OTHER_UNIT);
        assertThat(plan.rejectedUnits()).isEqualTo(1);
        assertThat(plan.toEnroll()).containsOnly(Map.entry("P-other", LocalDate.of(2027, 3, 1)));
    }

    // --- valid units -------------------------------------------------------------------------------

    @Test
    void turns_the_rows_of_a_known_participant_wave_into_one_unit_with_its_answers_and_date() {
        ImportPlan plan = plan(
                row(2, "P-known", "1", "respect_1", "5", "2027-03-10"),
                row(3, "P-known", "1", "respect_2", "1", "2027-03-10"),
                row(4, "P-known", "1", "trust_5", "7", "2027-03-10"));

        assertThat(plan.units()).containsExactly(new ImportUnit("P-known", "participant-known", 1, 2,
                Map.of("respect_1", 5, "respect_2", 1, "trust_5", 7), LocalDate.of(2027, 3, 10)));
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rejectedUnits()).isZero();
        assertThat(plan.toEnroll()).isEmpty();
    }

    @Test
    void leaves_skipped_items_with_an_empty_value_out_of_the_answers() {
        ImportPlan plan = plan(
                row(2, "P-known", "2", "respect_1", "4", "2027-03-10"),
                row(3, "P-known", "2", "respect_2", "", "2027-03-10"),
                row(4, "P-known", "2", "respect_3", "  ", "2027-03-10"));

        assertThat(plan.units()).containsExactly(new ImportUnit("P-known", "participant-known", 2, 2,
                Map.of("respect_1", 4), LocalDate.of(2027, 3, 10)));
        assertThat(plan.units().get(0).answers()).doesNotContainKeys("respect_2", "respect_3");
        assertThat(plan.errors()).isEmpty();
    }

    @ParameterizedTest(name = "completed_on [{0}]")
    @NullAndEmptySource
    void dates_a_unit_today_when_the_file_gives_no_completed_on(String completedOn) {
        ImportPlan plan = plan(row(2, "P-known", "1", "respect_1", "3", completedOn));

        assertThat(plan.units()).containsExactly(new ImportUnit("P-known", "participant-known", 1, 2,
                Map.of("respect_1", 3), LocalDate.of(2027, 3, 15)));
        assertThat(plan.units()).extracting(ImportUnit::completedOn).containsExactly(LocalDate.of(2027, 3, 15));
    }

    @Test
    void accepts_the_bounds_of_the_scale_and_surrounding_spaces() {
        ImportPlan plan = plan(
                row(2, " P-known ", " 1 ", " respect_1 ", " 1 ", " 2027-03-15 "),
                row(3, "P-known", "1", "respect_2", "7", "2027-03-15"));

        assertThat(plan.units()).containsExactly(new ImportUnit("P-known", "participant-known", 1, 2,
                Map.of("respect_1", 1, "respect_2", 7), LocalDate.of(2027, 3, 15)));
        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void keeps_the_two_waves_of_one_participant_as_separate_units() {
        ImportPlan plan = plan(
                row(2, "P-known", "1", "respect_1", "2", "2027-01-10"),
                row(3, "P-known", "2", "respect_1", "6", "2027-03-10"));

        assertThat(plan.units()).containsExactlyInAnyOrder(
                new ImportUnit("P-known", "participant-known", 1, 2, Map.of("respect_1", 2), LocalDate.of(2027, 1, 10)),
                new ImportUnit("P-known", "participant-known", 2, 3, Map.of("respect_1", 6), LocalDate.of(2027, 3, 10)));
        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void plans_nothing_for_a_file_without_rows() {
        ImportPlan plan = plan();

        assertThat(plan.units()).isEmpty();
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rowErrors().total()).isZero();
        assertThat(plan.rejectedUnits()).isZero();
        assertThat(plan.toEnroll()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
    }

    // --- row faults --------------------------------------------------------------------------------

    /** A participant-wave with a faulty row, the errors it gives: each case runs beside the valid other unit. */
    static Stream<Arguments> faultyUnits() {
        return Stream.of(
                faulty("a value above the scale", List.of(
                                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                                row(3, "P-known", "1", "respect_2", "8", "2027-03-01")),
                        new RowError(3, 1, "respect_2", "value 8 is outside the scale 1 to 7")),
                faulty("a value below the scale", List.of(
                                row(2, "P-known", "2", "respect_1", "0", "2027-03-01"),
                                row(3, "P-known", "2", "respect_2", "4", "2027-03-01")),
                        new RowError(2, 2, "respect_1", "value 0 is outside the scale 1 to 7")),
                faulty("a value that is not an integer", List.of(
                                row(2, "P-known", "1", "respect_1", "4.5", "2027-03-01")),
                        new RowError(2, 1, "respect_1", "value '4.5' is not a whole number")),
                faulty("a value written in words", List.of(
                                row(2, "P-known", "1", "respect_1", "five", "2027-03-01")),
                        new RowError(2, 1, "respect_1", "value 'five' is not a whole number")),
                faulty("an unknown item", List.of(
                                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                                row(3, "P-known", "1", "respekt_2", "5", "2027-03-01")),
                        new RowError(3, 1, "respekt_2", "unknown item 'respekt_2' in instrument esti version 1")),
                faulty("an unknown wave", List.of(
                                row(2, "P-known", "3", "respect_1", "5", "2027-03-01")),
                        new RowError(2, 3, "respect_1", "this study has no wave 3")),
                faulty("the second of two rows for the same participant, wave and item", List.of(
                                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                                row(3, "P-known", "1", "respect_2", "4", "2027-03-01"),
                                row(4, "P-known", "1", "respect_1", "5", "2027-03-01")),
                        new RowError(4, 1, "respect_1",
                                "item respect_1 appears twice for this participant and wave (first on line 2)")),
                faulty("a completed_on that differs within one participant-wave", List.of(
                                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                                row(3, "P-known", "1", "respect_2", "4", "2027-03-01"),
                                row(4, "P-known", "1", "respect_3", "3", "2027-03-02")),
                        new RowError(4, 1, "respect_3",
                                "completed_on differs from line 2 within this participant and wave")),
                faulty("a completed_on in the future", List.of(
                                row(2, "P-known", "1", "respect_1", "5", "2027-03-16")),
                        new RowError(2, 1, "respect_1", "completed_on 2027-03-16 is in the future")),
                faulty("a completed_on that is not an ISO date", List.of(
                                row(2, "P-known", "2", "respect_1", "5", "15/03/2027")),
                        new RowError(2, 2, "respect_1", "completed_on '15/03/2027' is not a date like 2027-01-31")),
                faulty("an impossible calendar date", List.of(
                                row(2, "P-known", "1", "respect_1", "5", "2027-02-30")),
                        new RowError(2, 1, "respect_1", "completed_on '2027-02-30' is not a date like 2027-01-31")),
                faulty("a participant-wave with no answered item, at its first line", List.of(
                                row(5, "P-known", "1", "respect_1", "", "2027-03-01"),
                                row(6, "P-known", "1", "respect_2", "", "2027-03-01")),
                        new RowError(5, 1, null, "no item of this participant and wave is answered")));
    }

    private static Arguments faulty(String fault, List<ImportRow> rows, RowError... reported) {
        return arguments(named(fault, rows), List.of(reported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultyUnits")
    void reports_a_faulty_row_with_its_line_and_rejects_only_its_unit(List<ImportRow> rows, List<RowError> reported) {
        ImportPlan plan = plan(besideTheOtherUnit(rows));

        assertThat(plan.errors()).containsExactlyElementsOf(reported);
        onlyTheOtherUnitIsStored(plan);
    }

    private static ImportRow[] besideTheOtherUnit(List<ImportRow> rows) {
        List<ImportRow> all = new ArrayList<>(rows);
        all.add(OTHER_1);
        all.add(OTHER_2);
        return all.toArray(ImportRow[]::new);
    }

    @Test
    void an_unknown_wave_rejects_only_that_wave_of_the_participant() {
        ImportPlan plan = plan(
                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                row(3, "P-known", "7", "respect_1", "5", "2027-03-01"));

        assertThat(plan.errors()).containsExactly(new RowError(3, 7, "respect_1", "this study has no wave 7"));
        assertThat(plan.units()).containsExactly(new ImportUnit("P-known", "participant-known", 1, 2,
                Map.of("respect_1", 5), LocalDate.of(2027, 3, 1)));
        assertThat(plan.rejectedUnits()).isEqualTo(1);
    }

    @Test
    void reports_a_wave_that_is_not_a_number_with_its_line() {
        ImportPlan plan = plan(
                row(2, "P-known", "one", "respect_1", "5", "2027-03-01"),
                OTHER_1, OTHER_2);

        assertThat(plan.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.wave()).isNull();
            assertThat(error.reason()).isEqualTo("wave 'one' is not a whole number");
        });
        assertThat(plan.units()).containsExactly(OTHER_UNIT);
    }

    @Test
    void the_same_item_for_another_wave_or_another_participant_is_not_a_duplicate() {
        ImportPlan plan = plan(
                row(2, "P-known", "1", "trust_1", "5", "2027-03-01"),
                row(3, "P-known", "2", "trust_1", "5", "2027-03-01"),
                OTHER_1, OTHER_2);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rejectedUnits()).isZero();
        assertThat(plan.units()).hasSize(3);
    }

    @Test
    void a_different_completed_on_in_another_wave_is_fine() {
        ImportPlan plan = plan(
                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                row(3, "P-known", "2", "respect_1", "4", "2027-03-09"));

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.units()).hasSize(2);
    }

    @Test
    void reports_a_row_that_could_not_be_split_into_columns_with_its_line() {
        ImportPlan plan = plan(
                new ImportRow(4, null, null, null, null, null, "expected 4 fields as in the header, found 3"),
                OTHER_1, OTHER_2);

        assertThat(plan.errors()).containsExactly(
                new RowError(4, null, null, "expected 4 fields as in the header, found 3"));
        assertThat(plan.units()).containsExactly(OTHER_UNIT);
    }

    @Test
    void reports_every_bad_row_of_a_unit_in_line_order() {
        ImportPlan plan = plan(
                OTHER_1,
                row(3, "P-known", "1", "respect_1", "9", "2027-03-01"),
                row(4, "P-known", "1", "respect_2", "4", "2027-03-01"),
                row(5, "P-known", "1", "nope", "4", "2027-03-01"),
                OTHER_2);

        assertThat(plan.errors()).containsExactly(
                new RowError(3, 1, "respect_1", "value 9 is outside the scale 1 to 7"),
                new RowError(5, 1, "nope", "unknown item 'nope' in instrument esti version 1"));
        onlyTheOtherUnitIsStored(plan);
    }

    // --- who the reference is ----------------------------------------------------------------------

    @Test
    void reports_each_row_of_an_unknown_ref_when_the_study_does_not_enroll_from_imports() {
        known.put("P-other", new KnownRef("participant-other", ParticipantStatus.ACTIVE));
        ImportPlan plan = plan(false,
                row(2, "P-new", "1", "respect_1", "5", "2027-03-01"),
                row(3, "P-new", "1", "respect_2", "", "2027-03-01"),
                OTHER_1, OTHER_2);

        String reason = "unknown participant_ref, and this study does not enroll participants from imports";
        assertThat(plan.errors()).containsExactly(
                new RowError(2, 1, "respect_1", reason),
                new RowError(3, 1, "respect_2", reason));
        assertThat(plan.units()).containsExactly(new ImportUnit("P-other", "participant-other", 1, 90,
                Map.of("trust_1", 2, "trust_2", 3), LocalDate.of(2027, 3, 1)));
        assertThat(plan.rejectedUnits()).isEqualTo(1);
        assertThat(plan.toEnroll()).isEmpty();
    }

    @Test
    void rejects_every_unit_of_unknown_refs_when_the_study_does_not_enroll_from_imports() {
        ImportPlan plan = plan(false,
                row(2, "P-new", "1", "respect_1", "5", "2027-03-01"),
                row(3, "P-new", "2", "respect_1", "5", "2027-03-01"),
                row(4, "P-known", "1", "respect_1", "5", "2027-03-01"));

        assertThat(plan.rejectedUnits()).isEqualTo(2);
        assertThat(plan.units()).extracting(ImportUnit::participantRef).containsExactly("P-known");
        assertThat(plan.toEnroll()).isEmpty();
    }

    /** A participant who left the study, their rows in the file, the errors those rows give. */
    static Stream<Arguments> departedParticipants() {
        String withdrawn = "this participant has withdrawn from the study";
        return Stream.of(
                departed("withdrawn", new KnownRef("participant-gone", ParticipantStatus.WITHDRAWN), List.of(
                                row(2, "P-gone", "2", "respect_1", "5", "2027-03-01"),
                                row(3, "P-gone", "2", "respect_2", "6", "2027-03-01")),
                        new RowError(2, 2, "respect_1", withdrawn),
                        new RowError(3, 2, "respect_2", withdrawn)),
                departed("withdrawn with their data excluded",
                        new KnownRef("participant-gone", ParticipantStatus.WITHDRAWN_DATA_EXCLUDED), List.of(
                                row(2, "P-gone", "1", "respect_1", "5", "2027-03-01")),
                        new RowError(2, 1, "respect_1", withdrawn)),
                departed("erased", new KnownRef("participant-erased", ParticipantStatus.ERASED), List.of(
                                row(2, "P-gone", "1", "respect_1", "5", "2027-03-01")),
                        new RowError(2, 1, "respect_1",
                                "this participant was erased; the reference cannot be imported again")));
    }

    private static Arguments departed(String how, KnownRef participant, List<ImportRow> rows, RowError... reported) {
        return arguments(named(how, participant), rows, List.of(reported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departedParticipants")
    void reports_each_row_of_a_participant_who_left_the_study(KnownRef participant, List<ImportRow> rows,
                                                              List<RowError> reported) {
        known.put("P-gone", participant);
        ImportPlan plan = plan(besideTheOtherUnit(rows));

        assertThat(plan.errors()).containsExactlyElementsOf(reported);
        onlyTheOtherUnitIsStored(plan);
        assertThat(plan.toEnroll()).doesNotContainKey("P-gone");
    }

    // --- enrollment of new references --------------------------------------------------------------

    @Test
    void enrolls_a_new_ref_at_its_earliest_completed_on_across_its_waves() {
        ImportPlan plan = plan(
                row(2, "P-new", "2", "respect_1", "5", "2027-03-10"),
                row(3, "P-new", "1", "respect_1", "4", "2027-01-20"),
                row(4, "P-known", "1", "respect_1", "4", "2027-01-01"));

        assertThat(plan.toEnroll()).containsOnly(Map.entry("P-new", LocalDate.of(2027, 1, 20)));
        assertThat(plan.units()).containsExactlyInAnyOrder(
                new ImportUnit("P-new", null, 2, 2, Map.of("respect_1", 5), LocalDate.of(2027, 3, 10)),
                new ImportUnit("P-new", null, 1, 3, Map.of("respect_1", 4), LocalDate.of(2027, 1, 20)),
                new ImportUnit("P-known", "participant-known", 1, 4, Map.of("respect_1", 4), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void dates_a_new_ref_by_its_earliest_row_even_in_a_rejected_wave() {
        ImportPlan plan = plan(
                row(2, "P-new", "1", "respect_1", "5", "2027-03-10"),
                row(3, "P-new", "2", "respect_1", "9", "2027-02-05"));

        assertThat(plan.units()).containsExactly(
                new ImportUnit("P-new", null, 1, 2, Map.of("respect_1", 5), LocalDate.of(2027, 3, 10)));
        assertThat(plan.rejectedUnits()).isEqualTo(1);
        assertThat(plan.toEnroll()).containsOnly(Map.entry("P-new", LocalDate.of(2027, 2, 5)));
    }

    @Test
    void a_new_ref_whose_other_wave_has_an_unreadable_date_is_still_planned() {
        ImportPlan plan = plan(
                row(2, "P-new", "1", "respect_1", "5", "2027-03-10"),
                row(3, "P-new", "2", "respect_1", "5", "yesterday"));

        assertThat(plan.errors()).containsExactly(
                new RowError(3, 2, "respect_1", "completed_on 'yesterday' is not a date like 2027-01-31"));
        assertThat(plan.units()).containsExactly(
                new ImportUnit("P-new", null, 1, 2, Map.of("respect_1", 5), LocalDate.of(2027, 3, 10)));
        assertThat(plan.rejectedUnits()).isEqualTo(1);
        assertThat(plan.toEnroll()).containsOnly(Map.entry("P-new", LocalDate.of(2027, 3, 10)));
    }

    @Test
    void enrolls_a_new_ref_without_completed_on_at_today() {
        ImportPlan plan = plan(row(2, "P-new", "1", "respect_1", "5", null));

        assertThat(plan.toEnroll()).containsOnly(Map.entry("P-new", LocalDate.of(2027, 3, 15)));
    }

    @Test
    void does_not_enroll_a_new_ref_whose_every_wave_is_rejected() {
        ImportPlan plan = plan(
                row(2, "P-new", "1", "respect_1", "8", "2027-03-01"),
                row(3, "P-new", "2", "respect_1", "", "2027-03-01"),
                row(4, "P-known", "1", "respect_1", "4", "2027-03-01"));

        assertThat(plan.toEnroll()).isEmpty();
        assertThat(plan.rejectedUnits()).isEqualTo(2);
        assertThat(plan.units()).extracting(ImportUnit::participantRef).containsExactly("P-known");
    }

    @Test
    void does_not_enroll_a_known_ref() {
        ImportPlan plan = plan(row(2, "P-known", "1", "respect_1", "5", "2027-03-01"));

        assertThat(plan.toEnroll()).isEmpty();
        assertThat(plan.units()).extracting(ImportUnit::participantId).containsExactly("participant-known");
    }

    // --- letter case of references ----------------------------------------------------------------

    @Test
    void warns_about_a_ref_that_differs_only_in_case_from_one_earlier_in_the_file_without_quoting_either() {
        ImportPlan plan = plan(
                row(2, "kill-002", "1", "respect_1", "5", "2027-03-01"),
                row(3, "KILL-002", "1", "respect_1", "4", "2027-03-01"),
                row(4, "kill-002", "2", "respect_1", "3", "2027-03-01"));

        assertThat(plan.warnings()).containsExactly(new ImportWarning(3,
                "participant_ref differs only in letter case from the one on line 2; check it is not the same person"));
        assertThat(plan.warnings().toString()).doesNotContainIgnoringCase("kill-002");
        // references stay case-sensitive: two participants are enrolled, as the file says
        assertThat(plan.toEnroll()).containsOnlyKeys("kill-002", "KILL-002");
        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void warns_about_a_new_ref_whose_case_twin_the_study_already_knows() {
        ImportPlan plan = new ImportPlanner(study(true), ESTI, ref -> Optional.ofNullable(known.get(ref)),
                ref -> ref.equals("p-KNOWN"), TODAY, 100).plan(List.of(
                row(2, "P-new", "1", "respect_1", "5", "2027-03-01"),
                row(3, "p-KNOWN", "1", "respect_1", "4", "2027-03-01")));

        assertThat(plan.warnings()).containsExactly(new ImportWarning(3, ImportPlanner.CASE_TWIN_IN_STUDY));
        assertThat(plan.toEnroll()).containsOnlyKeys("P-new", "p-KNOWN");
    }

    @Test
    void gives_no_warning_for_the_same_ref_in_the_same_case() {
        ImportPlan plan = plan(
                row(2, "P-known", "1", "respect_1", "5", "2027-03-01"),
                row(3, "P-known", "2", "respect_1", "5", "2027-03-01"));

        assertThat(plan.warnings()).isEmpty();
    }

    // --- size bounds -------------------------------------------------------------------------------

    @Test
    void lists_the_first_thousand_row_errors_by_line_and_counts_the_rest() {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(row(2 + i, "P-" + (i % 7), "1", "respect_1", "99", "2027-03-01"));
        }

        ImportPlan plan = plan(rows.toArray(ImportRow[]::new));

        assertThat(plan.errors()).hasSize(1_000);
        // every row is out of range, and from the second row of a participant-wave on (line 9) also a repeated
        // item: lines 2-8 give 7 errors, lines 9-504 two each (992), line 505 the thousandth
        assertThat(plan.errors()).extracting(RowError::line).isSorted().startsWith(2L, 3L).endsWith(505L);
        assertThat(plan.rowErrors().total()).isEqualTo(2_500 + 2_500 - 7);
        assertThat(plan.rowErrors().unlisted()).isEqualTo(plan.rowErrors().total() - 1_000);
        assertThat(plan.rejectedUnits()).isEqualTo(7);
    }

    @Test
    void refuses_a_file_with_more_participant_waves_than_the_limit() {
        ImportPlanner planner = new ImportPlanner(study(true), ESTI, ref -> Optional.empty(), ref -> false, TODAY, 3);
        planner.accept(row(2, "P-1", "1", "respect_1", "5", "2027-03-01"));
        planner.accept(row(3, "P-1", "2", "respect_1", "5", "2027-03-01"));
        planner.accept(row(4, "P-2", "1", "respect_1", "5", "2027-03-01"));
        planner.accept(row(5, "P-2", "1", "respect_2", "5", "2027-03-01"));

        ImportFileException fault = org.assertj.core.api.Assertions.catchThrowableOfType(ImportFileException.class,
                () -> planner.accept(row(6, "P-2", "2", "respect_1", "5", "2027-03-01")));

        assertThat(fault.status()).isEqualTo(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(fault.getMessage()).contains("more than 3 participant-waves", "split it");
    }

    // --- worked example ----------------------------------------------------------------------------

    @Test
    void three_participants_by_two_waves_with_one_bad_row_store_five_units_and_report_that_row() {
        known.put("P-A", new KnownRef("participant-a", ParticipantStatus.ACTIVE));
        // As read from a file with a header on line 1.
        ImportPlan plan = plan(
                row(2, "P-A", "1", "respect_1", "4", "2027-01-10"),
                row(3, "P-A", "1", "respect_2", "5", "2027-01-10"),
                row(4, "P-A", "2", "respect_1", "6", "2027-03-10"),
                row(5, "P-A", "2", "respect_2", "", "2027-03-10"),
                row(6, "P-B", "1", "respect_1", "3", "2027-01-12"),
                row(7, "P-B", "1", "respect_2", "2", "2027-01-12"),
                row(8, "P-B", "2", "respect_1", "7", "2027-03-11"),
                row(9, "P-B", "2", "respect_2", "12", "2027-03-11"),
                row(10, "P-C", "1", "respect_1", "1", "2027-01-15"),
                row(11, "P-C", "1", "respect_2", "1", "2027-01-15"),
                row(12, "P-C", "2", "respect_1", "2", "2027-03-12"),
                row(13, "P-C", "2", "respect_2", "3", "2027-03-12"));

        assertThat(plan.units()).containsExactlyInAnyOrder(
                new ImportUnit("P-A", "participant-a", 1, 2, Map.of("respect_1", 4, "respect_2", 5), LocalDate.of(2027, 1, 10)),
                new ImportUnit("P-A", "participant-a", 2, 4, Map.of("respect_1", 6), LocalDate.of(2027, 3, 10)),
                new ImportUnit("P-B", null, 1, 6, Map.of("respect_1", 3, "respect_2", 2), LocalDate.of(2027, 1, 12)),
                new ImportUnit("P-C", null, 1, 10, Map.of("respect_1", 1, "respect_2", 1), LocalDate.of(2027, 1, 15)),
                new ImportUnit("P-C", null, 2, 12, Map.of("respect_1", 2, "respect_2", 3), LocalDate.of(2027, 3, 12)));
        assertThat(plan.rejectedUnits()).isEqualTo(1);
        assertThat(plan.errors()).containsExactly(new RowError(9, 2, "respect_2", "value 12 is outside the scale 1 to 7"));
        assertThat(plan.toEnroll()).containsOnly(
                Map.entry("P-B", LocalDate.of(2027, 1, 12)),
                Map.entry("P-C", LocalDate.of(2027, 1, 15)));
    }
}
