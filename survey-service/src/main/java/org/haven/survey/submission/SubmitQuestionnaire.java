package org.haven.survey.submission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.participant.SubmissionSource;
import org.haven.instrument.Instrument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Submits one wave's answers. {@code submissionId} is chosen by the client, so a retry is recognised;
 * {@code receivedAt} is when the service received it, checked against the wave window (web only); the optional
 * free-text {@code comment} is already encrypted under the participant's data key. Build it with {@link #web} (the
 * API and the questionnaire page) or {@link #imported} (the import), so each source fills it in the same way.
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

    /** The participant's own submission, through the API or the page: completed when received, by them. */
    public static SubmitQuestionnaire web(String participantId, int wave, Instrument instrument,
                                          Map<String, Integer> answers, String submissionId, Instant receivedAt,
                                          EncryptedValue comment) {
        return new SubmitQuestionnaire(participantId, wave, instrument.id(), instrument.version(), answers,
                submissionId, SubmissionSource.WEB, LocalDate.ofInstant(receivedAt, ZoneOffset.UTC), receivedAt,
                Actor.participant(participantId), comment);
    }

    /** A researcher's import of answers given elsewhere (on paper), on the day they were completed. */
    public static SubmitQuestionnaire imported(String participantId, int wave, Instrument instrument,
                                               Map<String, Integer> answers, String submissionId,
                                               LocalDate completedOn, Instant receivedAt, Actor researcher) {
        return new SubmitQuestionnaire(participantId, wave, instrument.id(), instrument.version(), answers,
                submissionId, SubmissionSource.IMPORT, completedOn, receivedAt, researcher, null);
    }
}
