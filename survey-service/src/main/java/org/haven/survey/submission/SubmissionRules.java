package org.haven.survey.submission;

import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.Violation;
import org.haven.survey.study.StudyDefinition;

import java.time.Instant;
import java.util.List;

/**
 * The checks of a new submission against its study: the wave exists and is open (imports of answers
 * collected elsewhere skip the window: paper arrives after a wave closes), the instrument version is
 * published in the study, the answers fit it.
 */
public final class SubmissionRules {

    private SubmissionRules() {
    }

    public static Instrument check(StudyDefinition study, SubmitQuestionnaire command, Instant enrolledAt) {
        study.requireNotArchived("more answers");
        WaveWindow window = study.wave(command.wave()).orElseThrow(() -> new InvalidInputException("wave",
                "this study has no wave " + command.wave() + " (waves 1 to " + study.waves().size() + ")"));
        if (command.source() == SubmissionSource.WEB
                && !WaveAvailability.isOpen(window, enrolledAt, command.receivedAt())) {
            throw new InvalidInputException("wave", "wave " + command.wave() + " is not open for answers now");
        }
        Instrument instrument = study.instrument(command.instrumentId(), command.instrumentVersion())
                .orElseThrow(() -> new InvalidInputException("instrumentVersion", "instrument "
                        + command.instrumentId() + " version " + command.instrumentVersion()
                        + " is not published in this study"));
        List<Violation> violations = AnswerRules.check(instrument, command.answers());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return instrument;
    }

    /** Checked before anything else: the id is what recognises a retry. */
    public static void checkSubmissionId(String submissionId) {
        // printable ASCII only: the id is echoed in answers and logs, where a line break could forge a record
        if (submissionId == null || !submissionId.matches("[\\x21-\\x7E]{1,64}")) {
            throw new InvalidInputException("submissionId",
                    "a submission needs a client-generated id of 1 to 64 printable ASCII characters, no spaces");
        }
    }
}
