package org.haven.survey.contact;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.haven.events.participant.ParticipantErased;
import org.springframework.stereotype.Component;

/** Drops an erased participant's address hash in the erasure's transaction (the read-model group is subscribing). */
@Component
@ProcessingGroup("read-models")
class ContactAddressProjection {

    private final KeyedContactAddresses addresses;

    ContactAddressProjection(KeyedContactAddresses addresses) {
        this.addresses = addresses;
    }

    @EventHandler
    void on(ParticipantErased event) {
        addresses.forget(event.participantId());
    }
}
