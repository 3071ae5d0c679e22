package org.haven.survey.problem;

import java.util.List;

/** A value the request may not carry at all (an unknown time zone, a template placeholder that does not exist): 400. */
public class BadInputException extends RejectedException {

    public BadInputException(List<Violation> violations) {
        super(violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " problems, the first: " + violations.get(0).field() + ": "
                + violations.get(0).message(), violations);
    }

    public BadInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }
}
