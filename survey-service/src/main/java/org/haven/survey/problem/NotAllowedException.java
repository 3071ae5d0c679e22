package org.haven.survey.problem;

import java.util.List;

/** The caller is known but may not do this (e.g. a participant who withdrew submits again): 403. */
public class NotAllowedException extends RejectedException {

    public NotAllowedException(String message) {
        super(message, List.of());
    }
}
