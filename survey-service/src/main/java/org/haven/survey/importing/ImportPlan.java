package org.haven.survey.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import will do: the valid participant-waves, the row errors, how many participant-waves were
 * rejected, and the unknown references to enroll, each dated at its earliest {@code completed_on}.
 */
public record ImportPlan(List<ImportUnit> units, List<RowError> errors, int rejectedUnits,
                         Map<String, LocalDate> toEnroll) {
}
