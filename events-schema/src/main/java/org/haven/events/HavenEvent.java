package org.haven.events;

/**
 * Every event Haven stores. The aggregate id is the Kafka record key. Events are grouped per aggregate under
 * the sealed {@code StudyEvent} and {@code ParticipantEvent}; this root cannot be sealed across packages
 * outside a named module, so {@link org.haven.events.json.EventTypes} lists the two groups.
 */
public interface HavenEvent {

    /** The id of the aggregate that emitted the event: the study id or the participant id. */
    String aggregateId();

    /** The study the event belongs to; the batch keeps one study's events. */
    String studyId();

    /** Who caused the event. */
    Actor actor();
}
