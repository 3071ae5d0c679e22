package org.haven.survey.contact.dispatch;

import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;
import org.haven.events.study.WaveWindow;
import org.haven.survey.contact.ContactSettings;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.WaveAvailability;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * Finds the contacts that have fallen due in every study with a schedule and puts each in the outbox once. Reads
 * the schedule in force, the waves, each active participant's enrollment and submissions, and when their
 * invitations went out (reminders count from there). Participants without an address, who stopped the mails or
 * whose address was refused are not planned; the sender checks everything again before it mails.
 */
class ContactPlanner {

    private record Member(String participantId, Instant enrolledAt) {
    }

    private final JdbcTemplate jdbc;
    private final ContactSettings settings;
    private final StudyCatalog catalog;
    private final ContactOutbox outbox;

    ContactPlanner(JdbcTemplate jdbc, ContactSettings settings, StudyCatalog catalog, ContactOutbox outbox) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.catalog = catalog;
        this.outbox = outbox;
    }

    /** Plans what is due by {@code now}; returns how many contacts were new. */
    int plan(Instant now) {
        int planned = 0;
        for (String studyId : settings.studiesWithSchedule()) {
            var schedule = settings.scheduleOf(studyId);
            var study = catalog.find(studyId);
            if (schedule.isPresent() && study.isPresent()) {
                planned += plan(now, schedule.get(), study.get());
            }
        }
        return planned;
    }

    private int plan(Instant now, ContactSchedule schedule, StudyDefinition study) {
        String studyId = study.studyId();
        Set<String> known = new HashSet<>(jdbc.queryForList("SELECT participant_id || '/' || wave || '/' || kind"
                + " || '/' || ordinal FROM contact_outbox WHERE study_id = ?", String.class, studyId));
        Set<String> submitted = new HashSet<>(jdbc.queryForList(
                "SELECT participant_id || '/' || wave FROM submission WHERE study_id = ?", String.class, studyId));
        Map<String, Instant> invited = new HashMap<>();
        jdbc.query("SELECT participant_id, wave, at FROM contact_log WHERE study_id = ? AND kind = ? AND outcome = ?",
                row -> {
                    invited.put(row.getString(1) + "/" + row.getInt(2), row.getTimestamp(3).toInstant());
                }, studyId, ContactKind.INVITATION.name(), ContactOutbox.SENT);
        List<Member> members = jdbc.query("SELECT participant_id, enrolled_at FROM participant WHERE study_id = ?"
                        + " AND status = ? AND contact_email IS NOT NULL AND contact_opted_out_at IS NULL"
                        + " AND contact_refused_code IS NULL",
                (row, n) -> new Member(row.getString(1), row.getTimestamp(2).toInstant()),
                studyId, ParticipantStatus.ACTIVE.name());
        int planned = 0;
        for (Member member : members) {
            for (Entry<Integer, WaveWindow> wave : study.waves().entrySet()) {
                String participantWave = member.participantId() + "/" + wave.getKey();
                if (submitted.contains(participantWave)) {
                    continue;
                }
                Instant opens = WaveAvailability.opensAt(wave.getValue(), member.enrolledAt()).orElse(member.enrolledAt());
                Instant closes = WaveAvailability.closesAt(wave.getValue(), member.enrolledAt()).orElse(null);
                for (DueContacts.Due due : DueContacts.dueBy(now, schedule, opens, closes, invited.get(participantWave))) {
                    ContactKey key = new ContactKey(member.participantId(), wave.getKey(), due.kind(), due.ordinal());
                    if (!known.contains(participantWave + "/" + due.kind().name() + "/" + due.ordinal())
                            && outbox.plan(key, studyId, due.dueAt(), closes)) {
                        planned++;
                    }
                }
            }
        }
        return planned;
    }
}
