package org.haven.survey.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contact engine's part of a study's progress, per wave, from the contact log (kept from ContactSent and
 * ContactFailed): who was invited and reminded, and how many reminders those who answered had had, so a researcher
 * sees what each reminder bought. Reminders are only ever sent to participants who have not answered yet, so the
 * reminders someone received are the ones they had when they answered.
 */
@Component
public class ContactProgressQuery {

    /**
     * One wave: {@code reminded} maps the reminder's number to how many got it (the last reminder numbered after
     * the regular ones); {@code respondedAfterReminders} maps k to how many invited participants answered after
     * exactly k reminders (0: without one).
     */
    public record WaveContacts(long invited, Map<Integer, Long> reminded, Map<Integer, Long> respondedAfterReminders,
                               long failed, long optedOut) {
        static final WaveContacts NONE = new WaveContacts(0, Map.of(), Map.of(), 0, 0);
    }

    private final JdbcTemplate jdbc;

    public ContactProgressQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Wave to its contact figures; waves without any contact are left out. */
    public Map<Integer, WaveContacts> byWave(String studyId) {
        Map<Integer, Long> invited = new HashMap<>();
        Map<Integer, Map<Integer, Long>> reminded = new HashMap<>();
        Map<Integer, Long> failed = new HashMap<>();
        jdbc.query("SELECT wave, kind, ordinal, outcome, COUNT(*) FROM contact_log WHERE study_id = ?"
                + " GROUP BY wave, kind, ordinal, outcome", row -> {
                    int wave = row.getInt(1);
                    long count = row.getLong(5);
                    if ("FAILED".equals(row.getString(4))) {
                        failed.merge(wave, count, Long::sum);
                    } else if ("INVITATION".equals(row.getString(2))) {
                        invited.merge(wave, count, Long::sum);
                    } else {
                        reminded.computeIfAbsent(wave, w -> new TreeMap<>()).merge(row.getInt(3), count, Long::sum);
                    }
                }, studyId);
        Map<Integer, Map<Integer, Long>> responded = new HashMap<>();
        jdbc.query("SELECT wave, reminders, COUNT(*) FROM (SELECT s.wave AS wave, (SELECT COUNT(*) FROM contact_log r"
                + " WHERE r.participant_id = s.participant_id AND r.wave = s.wave AND r.kind <> 'INVITATION'"
                + " AND r.outcome = 'SENT') AS reminders FROM submission s WHERE s.study_id = ? AND EXISTS (SELECT 1"
                + " FROM contact_log i WHERE i.participant_id = s.participant_id AND i.wave = s.wave"
                + " AND i.kind = 'INVITATION' AND i.outcome = 'SENT')) answered GROUP BY wave, reminders", row -> {
                    responded.computeIfAbsent(row.getInt(1), w -> new TreeMap<>()).put(row.getInt(2), row.getLong(3));
                }, studyId);
        Map<Integer, Long> optedOut = new HashMap<>();
        jdbc.query("SELECT contact_opted_out_wave, COUNT(*) FROM participant WHERE study_id = ?"
                + " AND contact_opted_out_wave IS NOT NULL GROUP BY contact_opted_out_wave", row -> {
                    optedOut.put(row.getInt(1), row.getLong(2));
                }, studyId);
        Map<Integer, WaveContacts> byWave = new TreeMap<>();
        for (Map<Integer, ?> figures : java.util.List.of(invited, reminded, failed, responded, optedOut)) {
            for (Integer wave : figures.keySet()) {
                byWave.put(wave, new WaveContacts(invited.getOrDefault(wave, 0L),
                        reminded.getOrDefault(wave, Map.of()), responded.getOrDefault(wave, Map.of()),
                        failed.getOrDefault(wave, 0L), optedOut.getOrDefault(wave, 0L)));
            }
        }
        return byWave;
    }
}
