package org.haven.survey.problem;

import java.util.List;

/** The request contradicts what is already stored (a second, different submission for a wave...): 409. */
public class ConflictException extends RejectedException {

    public ConflictException(String field, String message) {
        super(message, List.of(new Violation(field, message)));
    }
}
