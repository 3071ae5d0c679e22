package org.haven.survey.participant;

import org.haven.events.participant.WithdrawalScope;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;

/** Enrollment needs a consent-form version; answers are accepted only while consent stands. */
public final class ConsentRules {

    static final int MAX_CONSENT_VERSION_LENGTH = 100;

    private ConsentRules() {
    }

    public static void checkConsentFormVersion(String consentFormVersion) {
        if (consentFormVersion == null || consentFormVersion.isBlank()) {
            throw new InvalidInputException("consentFormVersion",
                    "name the consent-form version the participant agreed to");
        }
        if (consentFormVersion.length() > MAX_CONSENT_VERSION_LENGTH) {
            throw new InvalidInputException("consentFormVersion",
                    "at most " + MAX_CONSENT_VERSION_LENGTH + " characters");
        }
    }

    /**
     * Whether a withdrawal changes anything: a second withdrawal of the same or a narrower scope does not,
     * while "also stop using collected data" widens one that only stopped future waves.
     */
    public static boolean withdrawalChanges(ParticipantStatus status, WithdrawalScope scope) {
        return switch (status) {
            case ACTIVE -> true;
            case WITHDRAWN -> scope == WithdrawalScope.STOP_USING_COLLECTED_DATA;
            case WITHDRAWN_DATA_EXCLUDED -> false;
            case ERASED -> throw new NotAllowedException("this participant's data was erased; there is nothing to withdraw");
        };
    }

    public static void checkMayAnswer(ParticipantStatus status) {
        switch (status) {
            case ACTIVE -> { }
            case WITHDRAWN, WITHDRAWN_DATA_EXCLUDED -> throw new NotAllowedException(
                    "this participant has withdrawn from the study, so no further answers are accepted");
            case ERASED -> throw new NotAllowedException(
                    "this participant's data was erased, so no further answers are accepted");
        }
    }
}
