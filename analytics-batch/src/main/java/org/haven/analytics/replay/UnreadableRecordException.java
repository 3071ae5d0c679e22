package org.haven.analytics.replay;

/** A topic record this software cannot turn into an event: broken JSON, an unknown type, an unreadable header. */
public class UnreadableRecordException extends RuntimeException {

    private final transient TopicRecord record;

    UnreadableRecordException(TopicRecord record, String message, Throwable cause) {
        super(message, cause);
        this.record = record;
    }

    /** The record, for the message that names it. */
    public TopicRecord record() {
        return record;
    }

    /** The first line of what went wrong (Jackson adds the source's text on further lines). */
    public String problem() {
        return getMessage().lines().findFirst().orElse("");
    }
}
