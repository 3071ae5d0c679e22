package org.haven.survey.importing;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of one participant-wave, kept compact while the file is read: per known item of the instrument only
 * its first row (line, item index, value) in one int array, so a participant-wave never holds more entries than
 * the instrument has items, however many rows the file repeats. Everything else a row says is checked as it
 * arrives and reported at once.
 */
final class UnitRows {

    private static final int SKIPPED = Integer.MIN_VALUE;

    final RefState ref;
    final int wave;
    final long firstLine;
    private final boolean firstValid;
    private final long firstDay;
    private int[] rows = new int[3 * 4]; // triples: line, item index, value
    private int size;
    private boolean rowsValid = true;
    private boolean faulted;

    UnitRows(RefState ref, int wave, ImportPlanner.CheckedRow first) {
        this.ref = ref;
        this.wave = wave;
        this.firstLine = first.line();
        this.firstValid = first.valid();
        this.firstDay = first.completedOn() == null ? Long.MIN_VALUE : first.completedOn().toEpochDay();
    }

    /** Takes a row of this participant-wave; answers the unit-level fault it shows, or null. */
    String add(ImportPlanner.CheckedRow row, int itemIndex) {
        rowsValid &= row.valid();
        if (itemIndex >= 0) {
            for (int i = 0; i < size; i += 3) {
                if (rows[i + 1] == itemIndex) {
                    faulted = true;
                    return "item " + row.itemId() + " appears twice for this participant and wave (first on line "
                            + rows[i] + ")";
                }
            }
        }
        String fault = null;
        if (row.valid() && firstValid && row.completedOn().toEpochDay() != firstDay) {
            faulted = true;
            fault = "completed_on differs from line " + firstLine + " within this participant and wave";
        }
        if (itemIndex >= 0) {
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, size + Math.max(12, size / 2 / 3 * 3));
            }
            rows[size++] = Math.toIntExact(row.line());
            rows[size++] = itemIndex;
            rows[size++] = row.value() == null ? SKIPPED : row.value();
        }
        return fault;
    }

    /** A row of this unit was refused for who its reference is. */
    void fault() {
        faulted = true;
    }

    boolean rowsValid() {
        return rowsValid;
    }

    boolean faulted() {
        return faulted;
    }

    /** Required items present and at least one item answered; checked once all rows are in. */
    List<RowError> completenessErrors(Instrument instrument) {
        List<RowError> errors = new ArrayList<>();
        boolean anyAnswered = false;
        boolean[] answered = new boolean[instrument.items().size()];
        for (int i = 0; i < size; i += 3) {
            if (rows[i + 2] != SKIPPED) {
                answered[rows[i + 1]] = true;
                anyAnswered = true;
            }
        }
        for (int index = 0; index < answered.length; index++) {
            Item item = instrument.items().get(index);
            if (item.required() && !answered[index]) {
                errors.add(new RowError(firstLine, wave, item.id(), "required item " + item.id() + " is missing"));
            }
        }
        if (!anyAnswered) {
            errors.add(new RowError(firstLine, wave, null, "no item of this participant and wave is answered"));
        }
        return errors;
    }

    ImportUnit toUnit(Instrument instrument) {
        Map<String, Integer> answers = new TreeMap<>();
        for (int i = 0; i < size; i += 3) {
            if (rows[i + 2] != SKIPPED) {
                answers.put(instrument.items().get(rows[i + 1]).id(), rows[i + 2]);
            }
        }
        return new ImportUnit(ref.ref, ref.participantId(), wave, firstLine, answers,
                firstDay == Long.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(firstDay));
    }
}
