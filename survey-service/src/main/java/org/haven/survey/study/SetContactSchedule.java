package org.haven.survey.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;
import org.haven.events.study.ContactSchedule;

/** Replaces the study's contact schedule (already checked: see contact/ScheduleRules). */
public record SetContactSchedule(@TargetAggregateIdentifier String studyId, ContactSchedule schedule, Actor actor) {
}
