package org.haven.survey.study;

import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentValidator;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.Violation;

import java.util.List;

/**
 * An instrument's problems as the API names them, the same for publishing, the dry run and the preview: each
 * problem's path in the instrument's JSON is its field (the request body is the instrument).
 */
public final class InstrumentChecks {

    private InstrumentChecks() {
    }

    public static List<Violation> violations(Instrument instrument) {
        if (instrument == null) {
            return List.of(new Violation("instrument", "name the instrument to publish"));
        }
        return InstrumentValidator.findings(instrument).stream().map(problem -> new Violation(
                problem.path().isEmpty() ? "instrument" : problem.path(), problem.message())).toList();
    }

    /** Refuses an instrument with problems (422), naming each. */
    public static void require(Instrument instrument) {
        List<Violation> violations = violations(instrument);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
