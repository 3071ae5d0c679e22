package org.haven.survey.importing;

import java.util.List;

/**
 * The answer to an import, counted in participant-waves: stored now, already imported with identical answers,
 * rejected; the first {@value FirstByLine#LIMIT} row errors by line and how many more there were
 * ({@code moreErrors}), likewise the warnings; and the id of the import's record.
 */
public record ImportReport(String importId, int stored, int alreadyImported, int rejected, List<RowError> errors,
                           long moreErrors, List<ImportWarning> warnings, long moreWarnings) {

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** 422 only when nothing was stored and at least one row was bad; otherwise the import succeeded. */
    public boolean failedEntirely() {
        return stored == 0 && (!errors.isEmpty() || moreErrors > 0);
    }
}
