package org.haven.survey.submission;

import org.haven.events.study.WaveWindow;
import org.haven.survey.study.StudyDefinition;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which wave a participant should answer now, or when the next one opens. */
public final class OpenWaves {

    /** The wave to answer now: the lowest-numbered open wave not yet submitted. */
    public record Next(int wave, Optional<Instant> opensAt, boolean openNow) {
    }

    private OpenWaves() {
    }

    public static Optional<Next> next(StudyDefinition study, Instant enrolledAt, Set<Integer> submitted, Instant now) {
        Optional<Next> open = study.waves().entrySet().stream()
                .filter(wave -> !submitted.contains(wave.getKey()))
                .filter(wave -> WaveAvailability.isOpen(wave.getValue(), enrolledAt, now))
                .findFirst()
                .map(wave -> new Next(wave.getKey(), WaveAvailability.opensAt(wave.getValue(), enrolledAt), true));
        if (open.isPresent()) {
            return open;
        }
        return study.waves().entrySet().stream()
                .filter(wave -> !submitted.contains(wave.getKey()))
                .filter(wave -> opensLater(wave.getValue(), enrolledAt, now))
                .min(Comparator.comparing((Map.Entry<Integer, WaveWindow> wave) ->
                        WaveAvailability.opensAt(wave.getValue(), enrolledAt).orElseThrow()))
                .map(wave -> new Next(wave.getKey(), WaveAvailability.opensAt(wave.getValue(), enrolledAt), false));
    }

    private static boolean opensLater(WaveWindow window, Instant enrolledAt, Instant now) {
        return WaveAvailability.opensAt(window, enrolledAt).map(now::isBefore).orElse(false);
    }
}
