package org.haven.survey.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;

import java.time.ZoneId;

/** Sets the time zone of the study's participants who have none of their own. */
public record SetStudyTimeZone(@TargetAggregateIdentifier String studyId, ZoneId timeZone, Actor actor) {
}
