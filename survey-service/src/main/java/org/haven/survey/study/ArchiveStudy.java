package org.haven.survey.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;

/** Archives a study; {@code byAdmin}: the caller has the ADMIN role, which may archive any study. */
public record ArchiveStudy(@TargetAggregateIdentifier String studyId, Actor actor, boolean byAdmin) {
}
