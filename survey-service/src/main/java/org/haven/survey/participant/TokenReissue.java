package org.haven.survey.participant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.survey.access.ParticipantTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Re-issues a participant's token: the event and the token rows (old ones revoked, the new one inserted)
 * are stored in one transaction, so a token never works without its event or the other way round.
 */
@Service
public class TokenReissue {

    private final CommandGateway commands;
    private final ParticipantDirectory participants;
    private final ParticipantTokens tokens;

    public TokenReissue(CommandGateway commands, ParticipantDirectory participants, ParticipantTokens tokens) {
        this.commands = commands;
        this.participants = participants;
        this.tokens = tokens;
    }

    @Transactional
    public String reissue(String studyId, String participantId, Instant at, Actor actor) {
        // Checked here too, so an unknown id and an id of another study get the same answer (the
        // aggregate alone would answer an unknown id with Axon's "aggregate not found").
        participants.find(participantId)
                .filter(participant -> participant.studyId().equals(studyId))
                .orElseThrow(TokenRules::notInStudy);
        commands.sendAndWait(new ReissueToken(participantId, studyId, actor));
        return tokens.reissue(participantId, at);
    }
}
