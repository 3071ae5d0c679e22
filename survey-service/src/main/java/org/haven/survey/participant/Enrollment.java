package org.haven.survey.participant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
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
    }

    private final CommandGateway commands;
    private final ParticipantTokens tokens;

    public Enrollment(CommandGateway commands, ParticipantTokens tokens) {
        this.commands = commands;
        this.tokens = tokens;
    }

    @Transactional
    public Enrolled enroll(String studyId, String consentFormVersion, Instant enrolledAt, Actor actor) {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(new EnrollParticipant(participantId, studyId, enrolledAt, consentFormVersion, actor));
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
