package org.haven.survey.participant;

/**
 * Keeps a study's contact addresses apart: an address an active participant of the study already has is refused
 * for another one. Compared through a keyed hash, never the plain address; implemented by the contact package,
 * which holds the key (this package must not depend on it).
 */
public interface ContactAddressIndex {

    /**
     * Records {@code email} as the participant's address in the study, replacing their earlier one, in the caller's
     * transaction.
     *
     * @throws org.haven.survey.problem.ConflictException when another active participant of the study has it
     */
    void claim(String studyId, String participantId, String email);
}
