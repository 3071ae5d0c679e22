package org.haven.events;

/** The Kafka topic that carries every event of the event store, keyed by aggregate id. */
public final class EventTopic {

    public static final String NAME = "haven.survey.events";

    /** Header holding the event type name (the Axon extension's header name, so both sides agree). */
    public static final String TYPE_HEADER = "axon-message-type";

    /** Header holding the revision of the event's JSON shape. */
    public static final String REVISION_HEADER = "axon-message-revision";

    /**
     * Header holding the id of the study the event belongs to, so a reader can leave other studies' records
     * undecoded. Records published before it existed lack it; a topic rebuild writes it on every record.
     */
    public static final String STUDY_HEADER = "haven-study-id";

    private EventTopic() {
    }
}
