package org.haven.events.participant;

/** How far a withdrawal of consent reaches. */
public enum WithdrawalScope {
    /** No further waves; answers already given stay in the analyses. */
    STOP_FUTURE_WAVES,
    /** No further waves, and every analysis leaves out the answers already given. */
    STOP_USING_COLLECTED_DATA
}
