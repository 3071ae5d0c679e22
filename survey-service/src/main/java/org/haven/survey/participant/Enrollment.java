package org.haven.survey.participant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.survey.privacy.FieldCipher;
import org.haven.survey.privacy.PersonalFields;
import org.haven.survey.access.ParticipantTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Enrolls a participant and issues their personal token in one transaction: either both are stored or
 * neither (Axon's unit of work joins the surrounding transaction).
 */
@Service
public class Enrollment {

    public record Enrolled(String participantId, String token) {
        @Override
        public String toString() {
            return "Enrolled[participantId=" + participantId + ", token=(redacted)]";
        }
    }

    private final CommandGateway commands;
    private final ParticipantTokens tokens;
    private final FieldCipher cipher;

    public Enrollment(CommandGateway commands, ParticipantTokens tokens, FieldCipher cipher) {
        this.commands = commands;
        this.tokens = tokens;
        this.cipher = cipher;
    }

    /** The e-mail, if given, is encrypted under the new participant's data key before it enters the event. */
    @Transactional
    public Enrolled enroll(String studyId, String consentFormVersion, String contactEmail, Instant enrolledAt,
                           Actor actor) {
        String participantId = UUID.randomUUID().toString();
        String email = PersonalFields.email(contactEmail);
        EncryptedValue encrypted = email == null ? null : cipher.encrypt(participantId, email);
        commands.sendAndWait(new EnrollParticipant(participantId, studyId, enrolledAt, consentFormVersion, encrypted,
                actor));
        return new Enrolled(participantId, tokens.issue(participantId, enrolledAt));
    }

    /** Enrollment without a token, for participants known only through a researcher's import. */
    @Transactional
    public String enrollWithoutToken(String studyId, String consentFormVersion, Instant enrolledAt, Actor actor) {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(new EnrollParticipant(participantId, studyId, enrolledAt, consentFormVersion, actor));
        return participantId;
    }
}
