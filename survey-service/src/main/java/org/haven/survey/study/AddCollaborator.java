package org.haven.survey.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;

/**
 * Lets another researcher account see and change the study. {@code byAdmin}: the actor holds the ADMIN role,
 * which the request's authentication knows and the event log does not.
 */
public record AddCollaborator(@TargetAggregateIdentifier String studyId, String collaborator, Actor actor,
                              boolean byAdmin) {
}
