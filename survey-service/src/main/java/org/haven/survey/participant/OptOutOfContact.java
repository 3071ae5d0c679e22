package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The participant asks for no more mail (the stop link); their consent and their link stay as they are. */
public record OptOutOfContact(@TargetAggregateIdentifier String participantId) {
}
