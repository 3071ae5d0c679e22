package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import java.time.ZoneId;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The study's time zone (an IANA name such as {@code Europe/Berlin}): the zone of every participant who was not
 * given one of their own at enrollment, for their contacts' quiet hours and the dates in their mails. A new one
 * replaces the old from then on; a study that never set one is in UTC.
 */
@EventRevision(1)
public record StudyTimeZoneSet(String studyId, ZoneId timeZone, Actor actor) implements StudyEvent {

    public StudyTimeZoneSet {
        text(studyId, "studyId");
        present(timeZone, "timeZone");
        present(actor, "actor");
    }
}
