package org.haven.survey.importing;

import org.haven.instrument.Instrument;
import org.haven.survey.study.StudyDefinition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks an import's rows against the study and groups them into participant-waves. A participant-wave
 * with any bad row stores nothing; every bad row is reported with its line and reason (DESIGN §7).
 */
public final class ImportPlanner {

    private final StudyDefinition study;
    private final Instrument instrument;
    private final Function<String, Optional<KnownRef>> refs;
    private final LocalDate today;

    public ImportPlanner(StudyDefinition study, Instrument instrument, Function<String, Optional<KnownRef>> refs,
                         LocalDate today) {
        this.study = study;
        this.instrument = instrument;
        this.refs = refs;
        this.today = today;
    }

    public ImportPlan plan(List<ImportRow> rows) {
        List<RowError> errors = new ArrayList<>();
        Map<UnitKey, List<CheckedRow>> byUnit = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            RowCheck check = RowCheck.of(row, study, instrument, today);
            check.error().ifPresent(errors::add);
            check.unit().ifPresent(key -> byUnit.computeIfAbsent(key, k -> new ArrayList<>()).add(check.row()));
        }
        Map<String, Optional<KnownRef>> known = new HashMap<>();
        Map<String, LocalDate> earliest = new TreeMap<>();
        List<ImportUnit> units = new ArrayList<>();
        int rejected = 0;
        for (var unit : byUnit.entrySet()) {
            Optional<KnownRef> ref = known.computeIfAbsent(unit.getKey().ref(), refs);
            List<RowError> unitErrors = new UnitCheck(unit.getKey(), unit.getValue(), ref, study, instrument).errors();
            if (unitErrors.isEmpty() && unit.getValue().stream().allMatch(CheckedRow::valid)) {
                ImportUnit valid = toUnit(unit.getKey(), unit.getValue(), ref);
                units.add(valid);
                if (ref.isEmpty()) {
                    earliest.merge(valid.participantRef(), valid.completedOn(), (a, b) -> a.isBefore(b) ? a : b);
                }
            } else {
                rejected++;
                errors.addAll(unitErrors);
            }
        }
        errors.sort(Comparator.comparingLong(RowError::line));
        return new ImportPlan(units, errors, rejected, earliestPerRef(rows, earliest));
    }

    /** An enrolled reference is dated at its earliest completed_on anywhere in the file. */
    private Map<String, LocalDate> earliestPerRef(List<ImportRow> rows, Map<String, LocalDate> toEnroll) {
        Map<String, LocalDate> dated = new TreeMap<>(toEnroll);
        for (ImportRow row : rows) {
            if (row.participantRef() != null && dated.containsKey(row.participantRef().strip())) {
                LocalDate date;
                try {
                    date = RowCheck.completedOn(row, today).orElse(null);
                } catch (DateTimeParseException notADate) {
                    continue; // already reported as a row error by RowCheck
                }
                if (date != null) {
                    dated.merge(row.participantRef().strip(), date, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return dated;
    }

    private static ImportUnit toUnit(UnitKey key, List<CheckedRow> rows, Optional<KnownRef> ref) {
        Map<String, Integer> answers = new TreeMap<>();
        rows.stream().filter(row -> row.value() != null).forEach(row -> answers.put(row.itemId(), row.value()));
        long firstLine = rows.get(0).line();
        return new ImportUnit(key.ref(), ref.map(KnownRef::participantId).orElse(null), key.wave(), firstLine,
                answers, rows.get(0).completedOn());
    }

    record UnitKey(String ref, int wave) {
    }

    /** A row whose wave and ref could be read; {@code valid} is false when the row itself has a fault. */
    record CheckedRow(long line, String itemId, Integer value, LocalDate completedOn, boolean valid) {
    }

}
