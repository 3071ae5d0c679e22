package org.haven.analytics.cli;

/** A command-line problem, reported as one line and a non-zero exit. */
public class BadArgumentException extends RuntimeException {

    public BadArgumentException(String message) {
        super(message);
    }
}
