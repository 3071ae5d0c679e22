package org.haven.survey.participant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.survey.privacy.FieldCipher;
import org.haven.survey.privacy.PersonalFields;
import org.haven.survey.problem.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a participant's contact e-mail: the address index and the event in one transaction. The rules are
 * checked before anything is encrypted, because encrypting for an erased participant would create a new data key.
 */
@Service
public class ContactAddressChange {

    private final CommandGateway commands;
    private final ParticipantDirectory participants;
    private final FieldCipher cipher;
    private final ContactAddressIndex addresses;

    public ContactAddressChange(CommandGateway commands, ParticipantDirectory participants, FieldCipher cipher,
                                ContactAddressIndex addresses) {
        this.commands = commands;
        this.participants = participants;
        this.cipher = cipher;
        this.addresses = addresses;
    }

    @Transactional
    public void change(String studyId, String participantId, String contactEmail, Actor actor) {
        String email = PersonalFields.email(contactEmail);
        if (email == null) {
            throw new InvalidInputException("contactEmail", "required: the new address, like name@example.org");
        }
        var participant = participants.find(participantId).orElseThrow(TokenRules::notInStudy);
        ContactRules.checkMayChangeAddress(participant.studyId(), studyId, participant.status());
        addresses.claim(studyId, participantId, email);
        commands.sendAndWait(new ChangeContactAddress(participantId, studyId, cipher.encrypt(participantId, email),
                actor));
    }
}
