package org.haven.analytics.replay;

import org.haven.analytics.fold.StudyFold;
import org.haven.events.json.EventTypes;
import org.haven.events.participant.ParticipantEnrolled;
import org.springframework.batch.item.ExecutionContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides, before any payload is decoded, which records of a chunk belong to the study, so that a record nobody
 * can read stops only the study it belongs to. Records are keyed by aggregate id, so partitions are not per study:
 * the study header decides where present; on records written before it, a study's own events are keyed by the study
 * id and a participant's by the participant id, whose first record is the enrollment naming the study (a key's
 * records share a partition, in order). Only such enrollments are read here; the study's records are decoded
 * after, side by side. Quarantined records are never looked at; a record without key or type belongs to no study.
 */
public class StudyTriage {

    public static final String QUARANTINED = "quarantined";
    public static final String NO_KEY_OR_TYPE = "no_key_or_type";
    public static final String UNREADABLE_WITHOUT_STUDY = "unreadable_without_study";

    private static final String ENROLLED = EventTypes.nameOf(ParticipantEnrolled.class);
    private static final String SET_ASIDE = "triage.quarantined.";
    /** Warnings printed per run; the manifest counts every record left out. */
    private static final int WARNINGS = 20;

    private final String topic;
    private final String studyId;
    private final Quarantine quarantine;
    private final StudyFold fold;
    private final EventDecoder decoder;
    private final PrintStream out;
    private final List<QuarantinedRecord> setAside = new ArrayList<>();
    private int warned;

    public StudyTriage(String topic, String studyId, Quarantine quarantine, StudyFold fold, EventDecoder decoder,
                       PrintStream out) {
        this.topic = topic;
        this.studyId = studyId;
        this.quarantine = quarantine;
        this.fold = fold;
        this.decoder = decoder;
        this.out = out;
    }

    /** A record the operator set aside, as the manifest names it; the key is the record's, not yet pseudonymized. */
    public record QuarantinedRecord(int partition, long offset, String key, String type, String reason) {
    }

    /** The study's records of a chunk, in order; every other record is counted with the fold and left there. */
    public List<TopicRecord> ofStudy(List<? extends TopicRecord> records) {
        List<TopicRecord> ofStudy = new ArrayList<>();
        Set<String> enrolledInChunk = new HashSet<>();
        for (TopicRecord record : records) {
            String reason = quarantine.reasonFor(record.partition(), record.offset());
            if (reason != null) {
                fold.leaveOut(QUARANTINED);
                setAside.add(new QuarantinedRecord(record.partition(), record.offset(), record.key(), record.type(), reason));
            } else if (record.key() == null || record.type() == null) {
                fold.leaveOut(NO_KEY_OR_TYPE);
                warn(record, "it has no key or no type header, so it belongs to no study");
            } else if (belongsToStudy(record, enrolledInChunk)) {
                ofStudy.add(record);
            }
        }
        return ofStudy;
    }

    private boolean belongsToStudy(TopicRecord record, Set<String> enrolledInChunk) {
        String key = record.key();
        boolean ofStudy;
        if (record.study() != null) {
            ofStudy = studyId.equals(record.study());
        } else if (key.equals(studyId) || fold.isMember(key) || enrolledInChunk.contains(key)) {
            ofStudy = true;
        } else if (ENROLLED.equals(record.type())) {
            try {
                ofStudy = studyId.equals(decoder.decode(record).event().studyId());
            } catch (UnreadableRecordException e) {
                fold.leaveOut(UNREADABLE_WITHOUT_STUDY);
                warn(record, "an enrollment without study header that cannot be read (" + e.problem() + ")");
                return false;
            }
        } else {
            ofStudy = false; // a participant this replay has not seen enrolled in the study
        }
        if (!ofStudy) {
            fold.passOver();
        } else if (ENROLLED.equals(record.type())) {
            enrolledInChunk.add(key);
        }
        return ofStudy;
    }

    /** The study's own record cannot be read: one line naming it and how to set it aside, for the run's failure. */
    public UnreadableRecordException failure(UnreadableRecordException unreadable) {
        TopicRecord record = unreadable.record();
        return new UnreadableRecordException(record, "cannot read the record at topic " + topic + " partition "
                + record.partition() + " offset " + record.offset() + " key " + record.key() + " (" + record.type()
                + " revision " + record.revision() + ") of study " + studyId + ": " + unreadable.problem()
                + "; to leave it out knowingly, add the line '" + record.position()
                + " <reason>' to a file given with --quarantine=FILE and run again", unreadable);
    }

    /** Keeps the records set aside since the last commit in the step's context, which a resumed run starts from. */
    public void update(ExecutionContext context) {
        for (QuarantinedRecord record : setAside) {
            String prefix = SET_ASIDE + record.partition() + ":" + record.offset() + ".";
            context.putString(prefix + "reason", record.reason());
            if (record.key() != null) {
                context.putString(prefix + "key", record.key());
            }
            if (record.type() != null) {
                context.putString(prefix + "type", record.type());
            }
        }
        setAside.clear();
    }

    /** The records a replay step set aside, by partition and offset. */
    public static List<QuarantinedRecord> quarantined(ExecutionContext context) {
        Map<String, Map<String, String>> fields = new TreeMap<>();
        context.entrySet().stream().filter(entry -> entry.getKey().startsWith(SET_ASIDE)).forEach(entry -> {
            String rest = entry.getKey().substring(SET_ASIDE.length());
            int dot = rest.lastIndexOf('.');
            fields.computeIfAbsent(rest.substring(0, dot), position -> new TreeMap<>())
                    .put(rest.substring(dot + 1), (String) entry.getValue());
        });
        return fields.entrySet().stream().map(entry -> {
            String[] position = entry.getKey().split(":");
            Map<String, String> field = entry.getValue();
            return new QuarantinedRecord(Integer.parseInt(position[0]), Long.parseLong(position[1]), field.get("key"),
                    field.get("type"), field.get("reason"));
        }).sorted(java.util.Comparator.comparingInt(QuarantinedRecord::partition)
                .thenComparingLong(QuarantinedRecord::offset)).toList();
    }

    private void warn(TopicRecord record, String why) {
        if (++warned > WARNINGS) {
            if (warned == WARNINGS + 1) {
                out.println("replay: more records left out; manifest.json counts them all (events.excludedRecords)");
            }
            return;
        }
        out.println("replay: left out the record at partition " + record.partition() + " offset " + record.offset()
                + ": " + why);
    }
}
