package org.haven.analytics.export;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two participants by two waves on a small instrument, scale 1..5 (a reverse-keyed raw v scores 6 - v).
 * v1: {@code respect} = respect_1, respect_2, respect_3r (reverse; k = 3, scored from 2 answers), then
 * {@code listening} = listening_1, listening_2r (reverse; k = 2, both needed); composite {@code safety} = mean of
 * both. Instrument order is deliberately not alphabetical. v2 inserts respect_4 between respect_2 and respect_3r.
 *
 * <pre>
 * pid               wave  version  respect_1 respect_2 respect_4 respect_3r listening_1 listening_2r
 * 0a1b2c3d4e5f6071  1     v1       3         5         -         2          3           1
 * 0a1b2c3d4e5f6071  2     v1       5         4         -         (skipped)  2           2
 * 1f2e3d4c5b6a7980  1     v1       1         2         -         5          5           (skipped)
 * 1f2e3d4c5b6a7980  2     v2       2         2         2         4          4           3
 * </pre>
 */
final class TinyStudy {

    static final String PID_A = "0a1b2c3d4e5f6071";
    static final String PID_B = "1f2e3d4c5b6a7980";

    private static final Scale FIVE = new Scale("five", 1, 5, List.of());

    private TinyStudy() {
    }

    static Instrument v1() {
        return new Instrument("tiny", 1, "Tiny, v1", List.of(FIVE), subscales(),
                List.of(item("respect_1", "respect", false), item("respect_2", "respect", false),
                        item("respect_3r", "respect", true), item("listening_1", "listening", false),
                        item("listening_2r", "listening", true)),
                composites());
    }

    static Instrument v2() {
        return new Instrument("tiny", 2, "Tiny, v2", List.of(FIVE), subscales(),
                List.of(item("respect_1", "respect", false), item("respect_2", "respect", false),
                        item("respect_4", "respect", false), item("respect_3r", "respect", true),
                        item("listening_1", "listening", false), item("listening_2r", "listening", true)),
                composites());
    }

    /** The four responses, deliberately not in pid/wave order. */
    static StudyResponses study() {
        return new StudyResponses(List.of(v1(), v2()), List.of(
                response(PID_B, 2, v2(), "respect_1", 2, "respect_2", 2, "respect_4", 2, "respect_3r", 4,
                        "listening_1", 4, "listening_2r", 3),
                response(PID_A, 2, v1(), "respect_1", 5, "respect_2", 4, "listening_1", 2, "listening_2r", 2),
                response(PID_B, 1, v1(), "respect_1", 1, "respect_2", 2, "respect_3r", 5, "listening_1", 5),
                response(PID_A, 1, v1(), "respect_1", 3, "respect_2", 5, "respect_3r", 2, "listening_1", 3,
                        "listening_2r", 1)));
    }

    /**
     * A enrolled 2027-03-01 09:00 UTC; answered on the day (0) and two weeks later (14).
     * B enrolled 2027-03-02 00:30 at +01:00, which is still 2027-03-01 in UTC; answered 2027-03-02 (1 day in UTC,
     * though the same local day) and 2027-03-29 (28).
     */
    static List<ResponseDates> dates() {
        Instant aEnrolled = Instant.parse("2027-03-01T09:00:00Z");
        Instant bEnrolled = Instant.parse("2027-03-02T00:30:00+01:00");
        return List.of(
                ResponseDates.of(PID_A, 1, aEnrolled, LocalDate.parse("2027-03-01")),
                ResponseDates.of(PID_A, 2, aEnrolled, LocalDate.parse("2027-03-15")),
                ResponseDates.of(PID_B, 1, bEnrolled, LocalDate.parse("2027-03-02")),
                ResponseDates.of(PID_B, 2, bEnrolled, LocalDate.parse("2027-03-29")));
    }

    static Response response(String pid, int wave, Instrument instrument, Object... itemValuePairs) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < itemValuePairs.length; i += 2) {
            answers.put((String) itemValuePairs[i], (Integer) itemValuePairs[i + 1]);
        }
        return new Response(pid, wave, instrument.id(), instrument.version(), answers);
    }

    private static List<Subscale> subscales() {
        return List.of(new Subscale("respect", "respect"), new Subscale("listening", "listening"));
    }

    private static List<Composite> composites() {
        return List.of(new Composite("safety", "mean of respect and listening", List.of("respect", "listening")));
    }

    private static Item item(String id, String subscale, boolean reverse) {
        return new Item(id, subscale, id, reverse, "five", false);
    }
}
