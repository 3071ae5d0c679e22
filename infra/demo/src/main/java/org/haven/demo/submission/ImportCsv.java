package org.haven.demo.submission;

import org.haven.demo.cohort.SyntheticParticipant;
import org.haven.demo.cohort.WaveAnswers;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The import slice of the cohort as the long-format import CSV (docs/data-formats.md), as a team would bring answers
 * collected on paper: one row per answered item (a skipped item has no row), dated in the past. Wave w was
 * completed {@code (waves - w) * daysBetweenWaves} days before today, so these participants are enrolled on the
 * fly at their first wave's date and their days since enrollment look like a real schedule.
 */
public final class ImportCsv {

    private ImportCsv() {
    }

    public static byte[] of(Instrument instrument, List<SyntheticParticipant> slice, int waves, LocalDate today,
                            int daysBetweenWaves) {
        StringBuilder csv = new StringBuilder("participant_ref,wave,item_id,value,completed_on\n");
        for (SyntheticParticipant participant : slice) {
            for (WaveAnswers wave : participant.waves()) {
                LocalDate completed = today.minusDays((long) (waves - wave.wave()) * daysBetweenWaves);
                for (Item item : instrument.items()) {
                    Integer value = wave.answers().get(item.id());
                    if (value != null) {
                        csv.append(participant.ref()).append(',').append(wave.wave()).append(',').append(item.id())
                                .append(',').append(value).append(',').append(completed).append('\n');
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How many participant-waves the file holds: what the service must report as stored. */
    public static int units(List<SyntheticParticipant> slice) {
        return slice.stream().mapToInt(participant -> participant.waves().size()).sum();
    }
}
