package org.haven.survey.importing;

import java.util.List;

/**
 * The answer to an import, counted in participant-waves: stored now, already imported with identical answers,
 * rejected; the first {@value FirstByLine#LIMIT} row errors by line and how many more there were
 * ({@code moreErrors}), likewise the warnings; the id of the import's record; and the participant id of each
 * reference this import enrolled, so that a participant imported by mistake can be found again. A reference is named
 * by a line of the file that holds it, never quoted: it is personal data, and answers end up in logs and tickets.
 */
public record ImportReport(String importId, int stored, int alreadyImported, int rejected, List<RowError> errors,
                           long moreErrors, List<ImportWarning> warnings, long moreWarnings,
                           List<EnrolledRef> enrolled) {

    /** A reference the import enrolled, by the first line of its first participant-wave, and its participant. */
    public record EnrolledRef(long line, String participantId) {
    }

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        enrolled = List.copyOf(enrolled);
    }

    /** 422 only when nothing was stored and at least one row was bad; otherwise the import succeeded. */
    public boolean failedEntirely() {
        return stored == 0 && (!errors.isEmpty() || moreErrors > 0);
    }
}
