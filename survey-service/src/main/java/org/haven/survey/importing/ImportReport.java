package org.haven.survey.importing;

import java.util.List;

/**
 * The answer to an import, counted in participant-waves: stored now, already imported with identical
 * answers, rejected; with every bad row.
 */
public record ImportReport(int stored, int alreadyImported, int rejected, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** 422 only when nothing was stored and at least one row was bad; otherwise the import succeeded. */
    public boolean failedEntirely() {
        return stored == 0 && !errors.isEmpty();
    }
}
