package org.haven.survey.study;

import org.haven.events.study.WaveWindow;
import org.haven.survey.problem.Violation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Waves follow each other: a later wave opens no earlier than every earlier wave of the same kind has closed, else
 * a participant could answer wave 2 and then wave 1 on the same day. Absolute waves are compared by their dates,
 * relative ones by their days after enrollment; an always-open wave overlaps by design, and an absolute wave is not
 * compared with a relative one (that depends on when each participant enrolled).
 */
final class WaveOrder {

    private WaveOrder() {
    }

    static List<Violation> problems(List<WaveWindow> waves) {
        List<Violation> problems = new ArrayList<>();
        for (int later = 1; later < waves.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                String problem = problem(waves.get(earlier), waves.get(later), earlier + 1, later + 1);
                if (problem != null) {
                    problems.add(new Violation("waves[" + later + "]", problem));
                }
            }
        }
        return problems;
    }

    /** How {@code later} breaks the order after {@code earlier}, or null. */
    private static String problem(WaveWindow earlier, WaveWindow later, int first, int second) {
        if (earlier instanceof WaveWindow.Absolute one && later instanceof WaveWindow.Absolute two) {
            return problem(new Span(one.opensAt(), one.closesAt()), new Span(two.opensAt(), two.closesAt()),
                    first, second, "at " + two.opensAt());
        }
        if (earlier instanceof WaveWindow.RelativeToEnrollment one
                && later instanceof WaveWindow.RelativeToEnrollment two) {
            return problem(Span.days(one), Span.days(two), first, second,
                    "on day " + two.offsetDays() + " after enrollment");
        }
        return null;
    }

    private static String problem(Span one, Span two, int first, int second, String when) {
        if (two.opens().isBefore(one.opens())) {
            return "waves " + first + " and " + second + " run backwards: wave " + second + " opens " + when
                    + ", before wave " + first + " opens";
        }
        if (two.opens().isBefore(one.closes())) {
            return "waves " + first + " and " + second + " overlap: wave " + second + " opens " + when
                    + ", before wave " + first + " closes";
        }
        return null;
    }

    /** A window as instants; relative days counted from an arbitrary enrollment, since only the order matters. */
    private record Span(Instant opens, Instant closes) {
        static Span days(WaveWindow.RelativeToEnrollment window) {
            return new Span(Instant.EPOCH.plus(window.offsetDays(), ChronoUnit.DAYS),
                    Instant.EPOCH.plus((long) window.offsetDays() + window.lengthDays(), ChronoUnit.DAYS));
        }
    }
}
