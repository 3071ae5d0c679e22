package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;

/**
 * Gives a participant a new personal token and revokes every older one. {@code studyId} is the study the
 * researcher named in the request: the participant must belong to it.
 */
public record ReissueToken(@TargetAggregateIdentifier String participantId, String studyId, Actor actor) {
}
