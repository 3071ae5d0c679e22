package org.haven.survey.privacy;

/**
 * Where a participant is known by a reference from outside the service (the import's participant reference). An
 * erasure turns it into a tombstone that no longer leads to the participant. An interface here, implemented by
 * the import, because the import depends on this package and not the other way round.
 */
public interface ParticipantReferences {

    void tombstone(String participantId);
}
