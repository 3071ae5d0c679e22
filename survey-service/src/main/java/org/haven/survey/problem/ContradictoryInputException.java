package org.haven.survey.problem;

import java.util.List;

/** Input whose parts contradict each other (waves that overlap or run backwards): 400, naming each part. */
public class ContradictoryInputException extends RejectedException {

    public ContradictoryInputException(String message, List<Violation> violations) {
        super(message, violations);
    }
}
