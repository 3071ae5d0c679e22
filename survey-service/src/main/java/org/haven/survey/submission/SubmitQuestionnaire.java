package org.haven.survey.submission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.participant.SubmissionSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Submits one wave's answers. {@code submissionId} is chosen by the client, so a retry is recognised;
 * {@code receivedAt} is when the service received it, checked against the wave window (web only); the optional
 * free-text {@code comment} is already encrypted under the participant's data key.
 */
public record SubmitQuestionnaire(
        @TargetAggregateIdentifier String participantId,
        int wave,
        String instrumentId,
        int instrumentVersion,
        Map<String, Integer> answers,
        String submissionId,
        SubmissionSource source,
        LocalDate completedOn,
        Instant receivedAt,
        Actor actor,
        EncryptedValue comment) {

    public SubmitQuestionnaire(String participantId, int wave, String instrumentId, int instrumentVersion,
                               Map<String, Integer> answers, String submissionId, SubmissionSource source,
                               LocalDate completedOn, Instant receivedAt, Actor actor) {
        this(participantId, wave, instrumentId, instrumentVersion, answers, submissionId, source, completedOn,
                receivedAt, actor, null);
    }
}
