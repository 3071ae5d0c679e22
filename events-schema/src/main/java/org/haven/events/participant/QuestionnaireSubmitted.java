package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.EventRevision;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * A participant's accepted answers for one wave: item id to raw value as answered, skipped items absent.
 * Revision 2 keyed answers by item id and added {@code source}; revision 1 is upcast on read.
 */
@EventRevision(2)
public record QuestionnaireSubmitted(
        String participantId,
        String studyId,
        int wave,
        String instrumentId,
        int instrumentVersion,
        Map<String, Integer> answers,
        EncryptedValue comment,
        String submissionId,
        SubmissionSource source,
        LocalDate completedOn,
        Actor actor) implements ParticipantEvent {

    public QuestionnaireSubmitted {
        text(participantId, "participantId");
        text(studyId, "studyId");
        if (wave < 1) {
            throw new IllegalArgumentException("wave numbers start at 1, got " + wave);
        }
        text(instrumentId, "instrumentId");
        present(answers, "answers");
        // Sorted, so the JSON of equal submissions is byte-identical.
        answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
        text(submissionId, "submissionId");
        present(source, "source");
        present(completedOn, "completedOn");
        present(actor, "actor");
    }
}
