package org.haven.events.participant;

import org.haven.events.HavenEvent;

/** Events of the Participant aggregate; the aggregate id (and Kafka key) is the random participant id. */
public sealed interface ParticipantEvent extends HavenEvent
        permits ParticipantEnrolled, QuestionnaireSubmitted, ConsentWithdrawn, ParticipantErased,
        ParticipantTokenReissued, ContactAddressChanged, ContactSent, ContactFailed,
        ContactOptedOut {

    String participantId();

    @Override
    default String aggregateId() {
        return participantId();
    }
}
