package org.haven.analytics.contacts;

import org.haven.events.ContactKind;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ContactFailed;
import org.haven.events.participant.ContactOptedOut;
import org.haven.events.participant.ContactSent;
import org.haven.events.participant.QuestionnaireSubmitted;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts a study's contacts from its events, in topic order (one participant's events keep their order on the
 * topic): invitations and reminders per wave, how many reminders each participant had received when they answered
 * a wave they were invited to, the days from invitation to answer, refused addresses, and stop links (under the
 * wave of the participant's last mail before it). Publishing is at least once: a contact delivered twice counts once.
 * Contacts are counted for every participant, excluded ones too: they hold no answer.
 */
public class ContactTally {

    /** The figures of one wave. */
    public static final class WaveTally {
        long invited;
        final Map<Integer, Long> reminded = new TreeMap<>();
        final Map<Integer, Long> responded = new TreeMap<>();
        final List<Long> daysToResponse = new ArrayList<>();
        long failed;
        long optedOut;
    }

    private final Set<String> seen = new HashSet<>();
    private final Map<String, LocalDate> invitedOn = new HashMap<>();
    private final Map<String, Integer> remindersReceived = new HashMap<>();
    private final Map<String, Integer> lastMailedWave = new HashMap<>();
    private final Map<Integer, WaveTally> waves = new TreeMap<>();
    private boolean any;

    /** Takes the events it counts and ignores the rest. */
    public void accept(HavenEvent event) {
        if (event instanceof ContactSent sent) {
            sent(sent);
        } else if (event instanceof ContactFailed failed) {
            any = true;
            if (seen.add("failed/" + failed.participantId() + "/" + failed.wave() + "/" + failed.kind() + "/"
                    + failed.ordinal())) {
                wave(failed.wave()).failed++;
            }
        } else if (event instanceof ContactOptedOut optedOut) {
            any = true;
            Integer wave = lastMailedWave.get(optedOut.participantId());
            if (wave != null && seen.add("opted-out/" + optedOut.participantId())) {
                wave(wave).optedOut++;
            }
        } else if (event instanceof QuestionnaireSubmitted submitted) {
            answered(submitted);
        }
    }

    private void sent(ContactSent sent) {
        any = true;
        String participantWave = sent.participantId() + "/" + sent.wave();
        if (!seen.add("sent/" + participantWave + "/" + sent.kind() + "/" + sent.ordinal())) {
            return;
        }
        lastMailedWave.put(sent.participantId(), sent.wave());
        WaveTally wave = wave(sent.wave());
        if (sent.kind() == ContactKind.INVITATION) {
            wave.invited++;
            invitedOn.put(participantWave, sent.sentAt().atOffset(ZoneOffset.UTC).toLocalDate());
        } else {
            wave.reminded.merge(sent.ordinal(), 1L, Long::sum);
            remindersReceived.merge(participantWave, 1, Integer::sum);
        }
    }

    private void answered(QuestionnaireSubmitted submitted) {
        String participantWave = submitted.participantId() + "/" + submitted.wave();
        LocalDate invited = invitedOn.get(participantWave);
        if (invited == null || !seen.add("answered/" + participantWave)) {
            return; // not invited by mail, or a submission delivered twice
        }
        WaveTally wave = wave(submitted.wave());
        wave.responded.merge(remindersReceived.getOrDefault(participantWave, 0), 1L, Long::sum);
        wave.daysToResponse.add(ChronoUnit.DAYS.between(invited, submitted.completedOn()));
    }

    private WaveTally wave(int wave) {
        return waves.computeIfAbsent(wave, w -> new WaveTally());
    }

    /** True once any contact event of the study was counted: only then is contacts.csv written. */
    public boolean hasContacts() {
        return any;
    }

    /** The figures by wave, in wave order. */
    public Map<Integer, WaveTally> waves() {
        return waves;
    }
}
