package org.haven.analytics.fold;

import org.haven.analytics.answers.ItemIndex;
import org.haven.analytics.contacts.ContactTally;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.WithdrawalScope;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds one study's events into participant x wave answers. Only the study's events up to the cutoff count,
 * except exclusions (erasure, withdrawal of the use of collected data), which count whenever they happened.
 * Publishing is at-least-once, so a (participant, wave) seen twice keeps its first submission. Memory grows
 * with participants x waves x items, never with the number of events read: answers are kept one byte per item
 * ({@link ItemIndex}), and each participant id, instrument id and completion date once, not once per event.
 */
public class StudyFold {

    private final String studyId;
    private final Instant asOf;
    private final List<Instrument> instruments = new ArrayList<>();
    private final Map<String, Instant> enrolledAt = new HashMap<>();
    private final Set<String> members = new HashSet<>();
    private final Map<String, Exclusion> excluded = new HashMap<>();
    private final Map<String, ParticipantWaves> submissions = new HashMap<>();
    private final Map<String, VersionAnswers> versions = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final FoldCounts counts = new FoldCounts();
    private final ContactTally contacts = new ContactTally();
    private StudyCreated study;

    public StudyFold(String studyId, Instant asOf) {
        this.studyId = studyId;
        this.asOf = asOf;
    }

    /** Folds one event; true when it belongs to the study's state (and so to the journal). */
    public boolean accept(DecodedEvent decoded) {
        counts.read++;
        HavenEvent event = decoded.event();
        if (!studyId.equals(event.studyId())) {
            counts.otherStudies++;
            return false;
        }
        if (event instanceof ParticipantEnrolled enrolled) {
            members.add(enrolled.participantId());
        }
        if (event instanceof ParticipantErased erased) {
            exclude(erased.participantId(), Exclusion.ERASED);
            return true;
        }
        if (event instanceof ConsentWithdrawn withdrawn) {
            if (withdrawn.scope() == WithdrawalScope.STOP_USING_COLLECTED_DATA) {
                exclude(withdrawn.participantId(), Exclusion.WITHDREW_DATA);
            } else {
                counts.used++;
            }
            return true;
        }
        if (asOf != null && decoded.eventTime() != null && decoded.eventTime().isAfter(asOf)) {
            counts.afterCutoff++;
            // membership outlives the cutoff: journaled, so a resumed run still knows whose records are the study's
            return event instanceof ParticipantEnrolled;
        }
        return apply(event);
    }

    /** True when the participant enrolled in the study, as far as the events folded so far tell. */
    public boolean isMember(String participantId) {
        return members.contains(participantId);
    }

    /** Counts a record read and left undecoded because it belongs to another study. */
    public void passOver() {
        counts.read++;
        counts.otherStudies++;
    }

    /** Counts a record read and left out before decoding, with the reason the manifest gives. */
    public void leaveOut(String reason) {
        counts.read++;
        counts.excludedRecords.merge(reason, 1L, Long::sum);
    }

    private boolean apply(HavenEvent event) {
        counts.used++;
        if (event instanceof StudyCreated created) {
            study = created;
        } else if (event instanceof InstrumentVersionPublished published) {
            if (instruments.contains(published.instrument())) {
                // publishing is at least once: the same publication delivered again is a duplicate, not a new version
                counts.used--;
                counts.duplicates++;
                return false;
            }
            instruments.add(published.instrument());
            // answers iterate in instrument order, the order every output is written in, whichever came first
            Instrument instrument = published.instrument();
            versions.computeIfAbsent(instrument.id() + ":" + instrument.version(),
                    key -> new VersionAnswers(instrument.id(), new ItemIndex()))
                    .items().orderLike(instrument.items().stream().map(Item::id).toList());
        } else if (event instanceof ParticipantEnrolled enrolled) {
            enrolledAt.putIfAbsent(enrolled.participantId(), enrolled.enrolledAt());
        } else if (event instanceof QuestionnaireSubmitted submitted) {
            ParticipantWaves waves = submissions.computeIfAbsent(submitted.participantId(), ParticipantWaves::new);
            if (waves.has(submitted.wave())) {
                counts.used--;
                counts.duplicates++;
                return false;
            }
            waves.add(compact(waves.participantId(), submitted));
            contacts.accept(submitted);
        } else {
            contacts.accept(event);
        }
        return true;
    }

    private Submission compact(String participantId, QuestionnaireSubmitted submitted) {
        VersionAnswers version = versions.computeIfAbsent(
                submitted.instrumentId() + ":" + submitted.instrumentVersion(),
                key -> new VersionAnswers(submitted.instrumentId(), new ItemIndex()));
        LocalDate completedOn = dates.computeIfAbsent(submitted.completedOn(), date -> date);
        return new Submission(participantId, submitted.wave(), version.instrumentId(), submitted.instrumentVersion(),
                version.items().compact(submitted.answers()), completedOn);
    }

    private void exclude(String participantId, Exclusion reason) {
        counts.used++;
        // Erasure outranks a withdrawal: it is the stronger request and the one the manifest should show.
        excluded.merge(participantId, reason, (before, now) -> before == Exclusion.ERASED ? before : now);
    }

    public Optional<StudyCreated> study() {
        return Optional.ofNullable(study);
    }

    public List<Instrument> instruments() {
        return List.copyOf(instruments);
    }

    public Optional<Instant> enrolledAt(String participantId) {
        return Optional.ofNullable(enrolledAt.get(participantId));
    }

    /** The included participants' submissions (excluded participants are left out entirely). */
    public List<Submission> includedSubmissions() {
        List<Submission> included = new ArrayList<>();
        submissions.forEach((participant, waves) -> {
            if (!excluded.containsKey(participant)) {
                included.addAll(waves.all());
            }
        });
        return included;
    }

    /** Excluded participants who have data in this study, by reason. */
    public Map<Exclusion, Long> excludedParticipants() {
        Map<Exclusion, Long> byReason = new EnumMap<>(Exclusion.class);
        excluded.forEach((participant, reason) -> {
            if (enrolledAt.containsKey(participant) || submissions.containsKey(participant)) {
                byReason.merge(reason, 1L, Long::sum);
            }
        });
        return byReason;
    }

    /** Submissions left out because their participant is excluded, by reason. */
    public Map<Exclusion, Long> excludedSubmissions() {
        Map<Exclusion, Long> byReason = new EnumMap<>(Exclusion.class);
        submissions.forEach((participant, waves) -> {
            Exclusion reason = excluded.get(participant);
            if (reason != null) {
                byReason.merge(reason, (long) waves.all().size(), Long::sum);
            }
        });
        return byReason;
    }

    /** The study's contacts, counted from its contact events (empty for a study that mails nobody). */
    public ContactTally contacts() {
        return contacts;
    }

    public FoldCounts counts() {
        return counts;
    }

    /** The item numbering shared by all answers to one instrument version. */
    private record VersionAnswers(String instrumentId, ItemIndex items) {
    }

    /** One participant's submissions, at most one per wave; a participant answers a handful of waves, so a list. */
    private static final class ParticipantWaves {

        private final String participantId;
        private final List<Submission> waves = new ArrayList<>(4);

        ParticipantWaves(String participantId) {
            this.participantId = participantId;
        }

        String participantId() {
            return participantId;
        }

        boolean has(int wave) {
            return waves.stream().anyMatch(submission -> submission.wave() == wave);
        }

        void add(Submission submission) {
            waves.add(submission);
        }

        List<Submission> all() {
            return waves;
        }
    }
}
