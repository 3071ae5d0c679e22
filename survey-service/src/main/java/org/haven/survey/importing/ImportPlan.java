package org.haven.survey.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import will do: the valid participant-waves, the row errors (the first ones listed, the rest counted),
 * how many participant-waves were rejected, the unknown references to enroll, each dated at its earliest
 * {@code completed_on}, and the warnings.
 */
public record ImportPlan(List<ImportUnit> units, FirstByLine<RowError> rowErrors, int rejectedUnits,
                         Map<String, LocalDate> toEnroll, FirstByLine<ImportWarning> warningLog) {

    /** The listed row errors, by line. */
    public List<RowError> errors() {
        return rowErrors.listed();
    }

    public List<ImportWarning> warnings() {
        return warningLog.listed();
    }
}
