package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;
import org.haven.events.participant.WithdrawalScope;

/** Withdraws a participant's consent, by the participant themself or by a researcher. */
public record WithdrawConsent(@TargetAggregateIdentifier String participantId, WithdrawalScope scope, Actor actor) {
}
