package org.haven.survey.problem;

import java.util.List;

/** Well-formed input that breaks a rule (a value out of range, an unknown item...): 422. */
public class InvalidInputException extends RejectedException {

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations), violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    private static String summary(List<Violation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).field() + ": " + violations.get(0).message();
        }
        return violations.size() + " problems, the first: " + violations.get(0).field() + ": "
                + violations.get(0).message();
    }
}
