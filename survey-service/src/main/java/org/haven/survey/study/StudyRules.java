package org.haven.survey.study;

import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.ContradictoryInputException;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a study definition obeys; the Study aggregate calls them before it applies an event. */
public final class StudyRules {

    static final int MAX_TITLE_LENGTH = 500;
    static final int MAX_WAVES = 100;

    private StudyRules() {
    }

    public static void checkNewStudy(String title, List<WaveWindow> waves) {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "a study needs a title"));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            violations.add(new Violation("title", "at most " + MAX_TITLE_LENGTH + " characters"));
        }
        if (waves == null || waves.isEmpty()) {
            violations.add(new Violation("waves", "a study needs at least one wave"));
        } else if (waves.size() > MAX_WAVES) {
            violations.add(new Violation("waves", "at most " + MAX_WAVES + " waves"));
        } else {
            for (int i = 0; i < waves.size(); i++) {
                if (waves.get(i) == null) {
                    violations.add(new Violation("waves[" + i + "]", "a wave needs a window"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Waves that overlap or run backwards are refused unless the researcher allowed it ({@link WaveOrder}). */
    public static void checkWaveOrder(List<WaveWindow> waves, boolean overlapAllowed) {
        if (overlapAllowed) {
            return;
        }
        List<Violation> problems = WaveOrder.problems(waves);
        if (!problems.isEmpty()) {
            throw new ContradictoryInputException(problems.get(0).message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")
                    + "; to allow waves that overlap, create the study with \"allowOverlappingWaves\": true",
                    problems);
        }
    }

    /**
     * A published version is immutable: publishing the identical version again changes nothing, publishing
     * different content under a published id and version is a conflict.
     */
    public static PublicationOutcome checkPublication(Map<String, Instrument> published, Instrument instrument) {
        InstrumentChecks.require(instrument);
        Instrument existing = published.get(key(instrument));
        if (existing == null) {
            return PublicationOutcome.PUBLISHED;
        }
        if (existing.equals(instrument)) {
            return PublicationOutcome.ALREADY_PUBLISHED;
        }
        throw new ConflictException("instrument", "instrument " + instrument.id() + " version "
                + instrument.version() + " is already published with different content; publish a new version");
    }

    static String key(Instrument instrument) {
        return instrument.id() + ":" + instrument.version();
    }
}
