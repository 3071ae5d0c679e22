package org.haven.survey.participant;

import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Reads what {@link Stages} needs for one participant: their study, their submitted waves, the time. The JSON
 * API and the pages both ask it, so they cannot tell a participant two different things.
 */
@Component
public class StageFinder {

    private final ParticipantDirectory participants;
    private final StudyCatalog catalog;
    private final Clock clock;

    public StageFinder(ParticipantDirectory participants, StudyCatalog catalog, Clock clock) {
        this.participants = participants;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Stage stageOf(ParticipantRow participant) {
        return Stages.of(study(participant), participant.enrolledAt(), participant.status(),
                participants.submittedWaves(participant.participantId()).keySet(), clock.instant());
    }

    public StudyDefinition study(ParticipantRow participant) {
        return catalog.require(participant.studyId());
    }

    public boolean hasSubmitted(ParticipantRow participant, int wave) {
        return participants.submittedWaves(participant.participantId()).containsKey(wave);
    }
}
