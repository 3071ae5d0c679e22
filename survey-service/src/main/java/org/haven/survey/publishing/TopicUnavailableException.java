package org.haven.survey.publishing;

/** The broker did not take a batch of events; they stay in the event store and are published later. */
public class TopicUnavailableException extends RuntimeException {

    public TopicUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
