package org.haven.survey.participant;

import org.haven.events.participant.WithdrawalScope;

import java.util.Optional;

/** Where a participant stands with their consent. */
public enum ParticipantStatus {
    ACTIVE, WITHDRAWN, WITHDRAWN_DATA_EXCLUDED, ERASED;

    /** The status a withdrawal of this scope leaves: the one mapping, for the aggregate and the read model. */
    public static ParticipantStatus afterWithdrawal(WithdrawalScope scope) {
        return scope == WithdrawalScope.STOP_USING_COLLECTED_DATA ? WITHDRAWN_DATA_EXCLUDED : WITHDRAWN;
    }

    /** The scope this status was withdrawn with; empty for a participant who has not withdrawn (or was erased). */
    public Optional<WithdrawalScope> withdrawalScope() {
        return switch (this) {
            case WITHDRAWN -> Optional.of(WithdrawalScope.STOP_FUTURE_WAVES);
            case WITHDRAWN_DATA_EXCLUDED -> Optional.of(WithdrawalScope.STOP_USING_COLLECTED_DATA);
            case ACTIVE, ERASED -> Optional.empty();
        };
    }
}
