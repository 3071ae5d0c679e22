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
import java.time.ZoneId;
import java.util.UUID;

/**
 * Enrolls a participant and issues their personal token in one transaction: either both are stored or
 * neither (Axon's unit of work joins the surrounding transaction).
 */
@Service
public class Enrollment {

    /** How to reach a participant: both parts optional. */
    public record Contact(String email, ZoneId timeZone) {
        @Override
        public String toString() {
            return "Contact[email=" + (email == null ? "none" : "(redacted)") + ", timeZone=" + timeZone + "]";
        }
    }

    /** {@code token} is null when none was issued. */
    public record Enrolled(String participantId, String token) {
        @Override
        public String toString() {
            return "Enrolled[participantId=" + participantId + ", token=(redacted)]";
        }
    }

    private final CommandGateway commands;
    private final ParticipantTokens tokens;
    private final FieldCipher cipher;
    private final ContactAddressIndex addresses;

    public Enrollment(CommandGateway commands, ParticipantTokens tokens, FieldCipher cipher,
                      ContactAddressIndex addresses) {
        this.commands = commands;
        this.tokens = tokens;
        this.cipher = cipher;
        this.addresses = addresses;
    }

    /** The e-mail, if given, is encrypted under the new participant's data key before it enters the event. */
    @Transactional
    public Enrolled enroll(String studyId, String consentFormVersion, String contactEmail, Instant enrolledAt,
                           Actor actor) {
        return enroll(new Contact(contactEmail, null), studyId, consentFormVersion, enrolledAt, actor, true);
    }

    /**
     * Enrolls with contact details: {@code contact.email()} is refused when another active participant of the study
     * has it; {@code contact.timeZone()} null follows the study's. {@code withToken} false when the contact engine
     * mails the participant their links (each mail carries its own token), so no token is issued here.
     */
    @Transactional
    public Enrolled enroll(Contact contact, String studyId, String consentFormVersion, Instant enrolledAt, Actor actor,
                           boolean withToken) {
        String participantId = UUID.randomUUID().toString();
        String email = PersonalFields.email(contact.email());
        EncryptedValue encrypted = null;
        if (email != null) {
            addresses.claim(studyId, participantId, email);
            encrypted = cipher.encrypt(participantId, email);
        }
        commands.sendAndWait(new EnrollParticipant(participantId, studyId, enrolledAt, consentFormVersion, encrypted,
                contact.timeZone(), actor));
        return new Enrolled(participantId, withToken ? tokens.issue(participantId, enrolledAt) : null);
    }

    /** Enrollment without a token, for participants known only through a researcher's import. */
    @Transactional
    public String enrollWithoutToken(String studyId, String consentFormVersion, Instant enrolledAt, Actor actor) {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(new EnrollParticipant(participantId, studyId, enrolledAt, consentFormVersion, actor));
        return participantId;
    }
}
