package org.haven.survey.importing;

import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.study.StudyDefinition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What an import knows about one reference of its file: who it is (looked up once, at its first row), why its
 * rows cannot be imported if so, and its earliest completion date.
 */
final class RefState {

    final String ref;
    final Optional<KnownRef> known;
    final String problem;
    long earliestDay = Long.MAX_VALUE;

    RefState(String ref, Optional<KnownRef> known, String problem) {
        this.ref = ref;
        this.known = known;
        this.problem = problem;
    }

    /** Why no row of this reference can be imported, or null. */
    static String problem(Optional<KnownRef> known, StudyDefinition study) {
        if (known.isEmpty()) {
            return study.importsMayEnroll() ? null
                    : "unknown participant_ref, and this study does not enroll participants from imports";
        }
        ParticipantStatus status = known.get().status();
        return switch (status) {
            case ACTIVE -> null;
            case WITHDRAWN, WITHDRAWN_DATA_EXCLUDED -> "this participant has withdrawn from the study";
            case ERASED -> "this participant was erased; the reference cannot be imported again";
        };
    }

    String participantId() {
        return known.map(KnownRef::participantId).orElse(null);
    }

    /** An enrolled reference is dated at its earliest completed_on in the file, rejected rows included. */
    void noteDate(ImportRow row, LocalDate today) {
        try {
            RowCheck.completedOn(row, today).ifPresent(date -> earliestDay = Math.min(earliestDay, date.toEpochDay()));
        } catch (DateTimeParseException notADate) {
            // reported as a row error by RowCheck
        }
    }
}
