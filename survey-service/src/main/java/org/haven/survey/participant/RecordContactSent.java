package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.ContactKind;

import java.time.Instant;

/** Records that the mail server accepted one of the participant's contacts (the contact engine sends it). */
public record RecordContactSent(@TargetAggregateIdentifier String participantId, int wave, ContactKind kind,
                                int ordinal, Instant sentAt) {
}
