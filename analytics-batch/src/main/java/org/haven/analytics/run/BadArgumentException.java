package org.haven.analytics.run;

/** A command-line problem, reported as one line and a non-zero exit. */
public class BadArgumentException extends RuntimeException {

    public BadArgumentException(String message) {
        super(message);
    }
}
