package org.haven.events.study;

import org.haven.events.HavenEvent;

/** Events of the Study aggregate; the aggregate id (and Kafka key) is the study id. */
public sealed interface StudyEvent extends HavenEvent
        permits StudyCreated, WaveScheduled, InstrumentVersionPublished, CollaboratorAdded,
        StudyTimeZoneSet, ContactScheduleSet {

    @Override
    default String aggregateId() {
        return studyId();
    }
}
