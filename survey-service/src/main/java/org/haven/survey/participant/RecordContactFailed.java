package org.haven.survey.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.ContactKind;

import java.time.Instant;

/** Records that the mail server refused the participant's address for good, with its SMTP reply code. */
public record RecordContactFailed(@TargetAggregateIdentifier String participantId, int wave, ContactKind kind,
                                  int ordinal, int smtpCode, Instant failedAt) {
}
