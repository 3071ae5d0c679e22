package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;

/** Erases a participant (an administrator's decision): their data key is destroyed once the event is stored. */
public record EraseParticipant(@TargetAggregateIdentifier String participantId, Actor actor) {
}
