package org.haven.survey.importing;

import org.haven.instrument.Instrument;
import org.haven.survey.importing.ImportPlanner.CheckedRow;
import org.haven.survey.importing.ImportPlanner.UnitKey;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.AnswerRules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of one row on its own: readable reference and wave, a wave and item the study knows, a whole
 * value within the item's scale (empty = skipped), a past or present ISO date.
 */
record RowCheck(CheckedRow row, Optional<UnitKey> unit, Optional<RowError> error) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

    static RowCheck of(ImportRow row, StudyDefinition study, Instrument instrument, LocalDate today) {
        if (row.fault() != null) {
            return fault(row, null, row.fault());
        }
        String ref = row.participantRef().strip();
        if (ref.isEmpty()) {
            return fault(row, null, "participant_ref is empty");
        }
        Integer wave = wholeNumber(row.wave());
        if (wave == null) {
            return fault(row, null, "wave '" + row.wave() + "' is not a whole number");
        }
        UnitKey unit = new UnitKey(ref, wave);
        String itemId = row.itemId().strip();
        String problem = null;
        Integer value = null;
        if (study.wave(wave).isEmpty()) {
            problem = "this study has no wave " + wave;
        } else if (instrument.item(itemId).isEmpty()) {
            problem = "unknown item '" + itemId + "' in instrument " + instrument.id() + " version " + instrument.version();
        } else if (!row.value().isBlank()) {
            value = wholeNumber(row.value());
            problem = value == null ? "value '" + row.value() + "' is not a whole number"
                    : AnswerRules.checkAnswer(instrument, itemId, value).map(v -> v.message()).orElse(null);
        }
        Optional<LocalDate> completedOn = Optional.empty();
        if (problem == null) {
            try {
                completedOn = completedOn(row, today);
                if (completedOn.isPresent() && completedOn.get().isAfter(today)) {
                    problem = "completed_on " + completedOn.get() + " is in the future";
                }
            } catch (DateTimeParseException e) {
                problem = "completed_on '" + row.completedOn() + "' is not a date like 2027-01-31";
            }
        }
        CheckedRow checked = new CheckedRow(row.line(), itemId, value, completedOn.orElse(null), problem == null);
        return new RowCheck(checked, Optional.of(unit),
                Optional.ofNullable(problem).map(reason -> new RowError(row.line(), wave, itemId, reason)));
    }

    /** The row's completion date: its completed_on, or today (UTC) when the column is absent or empty. */
    static Optional<LocalDate> completedOn(ImportRow row, LocalDate today) {
        if (row.completedOn() == null || row.completedOn().isBlank()) {
            return Optional.of(today);
        }
        return Optional.of(LocalDate.parse(row.completedOn().strip()));
    }

    private static RowCheck fault(ImportRow row, Integer wave, String reason) {
        return new RowCheck(null, Optional.empty(), Optional.of(new RowError(row.line(), wave, null, reason)));
    }

    private static Integer wholeNumber(String text) {
        String value = text.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return null;
        }
        return Integer.parseInt(value);
    }
}
