package org.haven.survey.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.haven.events.participant.ParticipantErased;
import org.haven.survey.access.ParticipantTokens;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Carries out an erasure in the same transaction as its event (the read-model group is subscribing): the data
 * key row goes (crypto-shredding), the import reference becomes a tombstone, the tokens are revoked.
 */
@Component
@ProcessingGroup("read-models")
public class ErasureProjection {

    private final DataKeys keys;
    private final ParticipantReferences refs;
    private final ParticipantTokens tokens;

    public ErasureProjection(DataKeys keys, ParticipantReferences refs, ParticipantTokens tokens) {
        this.keys = keys;
        this.refs = refs;
        this.tokens = tokens;
    }

    @EventHandler
    void on(ParticipantErased event, @Timestamp Instant at) {
        keys.destroy(event.participantId());
        refs.tombstone(event.participantId());
        tokens.revokeAll(event.participantId(), at);
    }
}
