package org.haven.events.json;

/** An event whose type, revision or JSON this software cannot turn into a current event record. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
