package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The study's contact schedule: when and in which words its participants are mailed. It replaces any earlier
 * schedule from then on; a study that never set one mails nobody.
 */
@EventRevision(1)
public record ContactScheduleSet(String studyId, ContactSchedule schedule, Actor actor) implements StudyEvent {

    public ContactScheduleSet {
        text(studyId, "studyId");
        present(schedule, "schedule");
        present(actor, "actor");
    }
}
