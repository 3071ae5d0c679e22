package org.haven.survey.problem;

import java.util.List;

/**
 * A command or request the service refuses. Nothing was stored. Subclasses map to one HTTP status; the
 * message is written for the person who sent it.
 */
public abstract class RejectedException extends RuntimeException {

    private final List<Violation> violations;

    protected RejectedException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
