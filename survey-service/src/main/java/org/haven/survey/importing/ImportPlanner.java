package org.haven.survey.importing;

import org.haven.instrument.Instrument;
import org.haven.survey.study.StudyDefinition;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks an import's rows against the study as they are read and groups them into participant-waves. A
 * participant-wave with any bad row stores nothing; every bad row is reported with its line and reason (the
 * first {@value FirstByLine#LIMIT} listed, the others counted). Memory grows with the participant-waves of the
 * file, never with its bad rows; the number of participant-waves (and of references) is capped.
 */
public final class ImportPlanner {

    static final int DEFAULT_MAX_UNITS = 100_000;
    static final String CASE_TWIN_IN_STUDY = "participant_ref differs only in letter case from a reference already"
            + " in this study; check it is not the same person";

    private final StudyDefinition study;
    private final Instrument instrument;
    private final Function<String, Optional<KnownRef>> refs;
    private final Predicate<String> caseTwinInStudy;
    private final LocalDate today;
    private final int maxUnits;
    private final Map<String, Integer> itemIndex = new HashMap<>();

    private final Map<String, RefState> refStates = new HashMap<>();
    private final Map<String, Long> firstLineOfFolded = new HashMap<>();
    private final Map<UnitKey, UnitRows> units = new LinkedHashMap<>();
    private final FirstByLine<RowError> errors = FirstByLine.rowErrors();
    private final FirstByLine<ImportWarning> warnings = FirstByLine.warnings();

    public ImportPlanner(StudyDefinition study, Instrument instrument, Function<String, Optional<KnownRef>> refs,
                         LocalDate today) {
        this(study, instrument, refs, ref -> false, today, DEFAULT_MAX_UNITS);
    }

    /**
     * @param caseTwinInStudy whether the study knows a reference equal to this (unknown) one but for letter case
     * @param maxUnits        the most participant-waves, and the most references, one file may hold
     */
    public ImportPlanner(StudyDefinition study, Instrument instrument, Function<String, Optional<KnownRef>> refs,
                         Predicate<String> caseTwinInStudy, LocalDate today, int maxUnits) {
        this.study = study;
        this.instrument = instrument;
        this.refs = refs;
        this.caseTwinInStudy = caseTwinInStudy;
        this.today = today;
        this.maxUnits = maxUnits;
        for (int i = 0; i < instrument.items().size(); i++) {
            itemIndex.put(instrument.items().get(i).id(), i);
        }
    }

    /** Plans rows already in memory (tests, small files). */
    public ImportPlan plan(List<ImportRow> rows) {
        rows.forEach(this::accept);
        return finish();
    }

    /** Checks one row, in file order. */
    public void accept(ImportRow row) {
        RowCheck check = RowCheck.of(row, study, instrument, today);
        if (check.unit().isEmpty()) {
            check.error().ifPresent(errors::add);
            return;
        }
        UnitKey key = check.unit().get();
        RefState ref = refStates.get(key.ref());
        if (ref == null) {
            ref = newRef(key.ref(), row.line());
        }
        ref.noteDate(row, today);
        UnitRows unit = units.get(key);
        if (unit == null) {
            refuseIfOverLimit(units.size(), "participant-waves");
            unit = new UnitRows(ref, key.wave(), check.row());
            units.put(new UnitKey(ref.ref, key.wave()), unit);
        }
        check.error().ifPresent(errors::add);
        CheckedRow row1 = check.row();
        if (ref.problem != null) {
            unit.fault();
            errors.add(new RowError(row1.line(), key.wave(), row1.itemId(), ref.problem));
            return;
        }
        String fault = unit.add(row1, itemIndex.getOrDefault(row1.itemId(), -1));
        if (fault != null) {
            errors.add(new RowError(row1.line(), key.wave(), row1.itemId(), fault));
        }
    }

    /** Once every row is in: the participant-waves to store, the rejected ones, and whom to enroll when. */
    public ImportPlan finish() {
        List<UnitRows> valid = new ArrayList<>();
        Map<String, LocalDate> toEnroll = new TreeMap<>();
        int rejected = 0;
        for (UnitRows unit : units.values()) {
            List<RowError> unitErrors = unit.ref.problem == null && unit.rowsValid()
                    ? unit.completenessErrors(instrument) : List.of();
            if (unit.ref.problem == null && unit.rowsValid() && !unit.faulted() && unitErrors.isEmpty()) {
                valid.add(unit);
                if (unit.ref.known.isEmpty()) {
                    toEnroll.put(unit.ref.ref, LocalDate.ofEpochDay(unit.ref.earliestDay));
                }
            } else {
                rejected++;
                unitErrors.forEach(errors::add);
            }
        }
        return new ImportPlan(new UnitList(valid, instrument), errors, rejected, toEnroll, warnings);
    }

    private RefState newRef(String text, long line) {
        refuseIfOverLimit(refStates.size(), "participant references");
        Optional<KnownRef> known = refs.apply(text);
        RefState ref = new RefState(text, known, RefState.problem(known, study));
        refStates.put(text, ref);
        String folded = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        Long twinLine = firstLineOfFolded.putIfAbsent(folded, line);
        if (twinLine != null) {
            warnings.add(new ImportWarning(line, "participant_ref differs only in letter case from the one on line "
                    + twinLine + "; check it is not the same person"));
        } else if (known.isEmpty() && caseTwinInStudy.test(text)) {
            warnings.add(new ImportWarning(line, CASE_TWIN_IN_STUDY));
        }
        return ref;
    }

    private void refuseIfOverLimit(int count, String what) {
        if (count >= maxUnits) {
            throw new ImportFileException(HttpStatus.PAYLOAD_TOO_LARGE, "the file holds more than " + maxUnits + " "
                    + what + ", the most one import takes; split it into several files");
        }
    }

    record UnitKey(String ref, int wave) {
    }

    /** A row whose wave and ref could be read; {@code valid} is false when the row itself has a fault. */
    record CheckedRow(long line, String itemId, Integer value, LocalDate completedOn, boolean valid) {
    }
}
