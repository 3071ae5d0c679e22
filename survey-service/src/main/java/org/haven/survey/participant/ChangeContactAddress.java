package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;
import org.haven.events.EncryptedValue;

/** Replaces a participant's contact e-mail (already encrypted under their data key). */
public record ChangeContactAddress(@TargetAggregateIdentifier String participantId, String studyId,
                                   EncryptedValue contactEmail, Actor actor) {
}
