package org.haven.survey.participant;

import org.haven.events.study.WaveWindow;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.OpenWaves;
import org.haven.survey.submission.WaveAvailability;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a participant's {@link Stage}, for the JSON API and the pages alike, so they never disagree. A wave the
 * participant can no longer answer because it closed unanswered is CLOSED, not COMPLETED: COMPLETED means every
 * wave was answered.
 */
public final class Stages {

    private Stages() {
    }

    public static Stage of(StudyDefinition study, Instant enrolledAt, ParticipantStatus status, Set<Integer> submitted,
                           Instant now) {
        Integer last = submitted.isEmpty() ? null : Collections.max(submitted);
        if (status != ParticipantStatus.ACTIVE) {
            return new Stage(Stage.Kind.WITHDRAWN, null, null, null, last);
        }
        Optional<OpenWaves.Next> next = OpenWaves.next(study, enrolledAt, submitted, now);
        if (next.isPresent() && next.get().openNow()) {
            int wave = next.get().wave();
            Instant closes = WaveAvailability.closesAt(study.waves().get(wave), enrolledAt).orElse(null);
            return new Stage(Stage.Kind.OPEN, wave, null, closes, last);
        }
        if (next.isPresent()) {
            return new Stage(Stage.Kind.NOT_OPEN_YET, next.get().wave(), next.get().opensAt().orElse(null), null, last);
        }
        Optional<Map.Entry<Integer, WaveWindow>> missed = study.waves().entrySet().stream()
                .filter(wave -> !submitted.contains(wave.getKey()))
                .reduce((first, second) -> second);
        if (missed.isEmpty()) {
            return new Stage(Stage.Kind.COMPLETED, null, null, null, last);
        }
        return new Stage(Stage.Kind.CLOSED, missed.get().getKey(), null,
                WaveAvailability.closesAt(missed.get().getValue(), enrolledAt).orElse(null), last);
    }
}
