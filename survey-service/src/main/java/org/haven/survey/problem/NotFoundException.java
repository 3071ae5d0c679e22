package org.haven.survey.problem;

import java.util.List;

/** The study, wave or participant named in the request does not exist (for this caller): 404. */
public class NotFoundException extends RejectedException {

    public NotFoundException(String message) {
        super(message, List.of());
    }
}
