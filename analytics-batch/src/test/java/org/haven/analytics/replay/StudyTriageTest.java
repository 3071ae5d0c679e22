package org.haven.analytics.replay;

import org.haven.analytics.fold.DecodedEvent;
import org.haven.analytics.fold.StudyFold;
import org.haven.events.Actor;
import org.haven.events.HavenEvent;
import org.haven.events.json.EventCodec;
import org.haven.events.json.EventTypes;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.StudyCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StudyTriageTest {

    private static final String STUDY = "study-b";
    private static final Actor RESEARCHER = Actor.researcher("dr.morgan");
    private static final byte[] JUNK = "{\"wave\":".getBytes(StandardCharsets.UTF_8);

    private final EventCodec codec = EventCodec.standard();
    private final EventDecoder decoder = new EventDecoder(1);
    private final StudyFold fold = new StudyFold(STUDY, null);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private long offset;

    @AfterEach
    void close() {
        decoder.close();
    }

    @Test
    void keeps_the_studys_records_by_header_or_by_key_and_leaves_other_studies_undecoded() {
        var triage = triage(Quarantine.NONE);
        List<TopicRecord> chunk = List.of(
                old(new StudyCreated(STUDY, "B", false, RESEARCHER)),
                old(new StudyCreated("study-a", "A", false, RESEARCHER)),
                old(enrolled("b1", STUDY)),
                old(submitted("b1", STUDY)),               // a member since the enrollment just before, same chunk
                old(enrolled("a1", "study-a")),
                junk("a1", QuestionnaireSubmitted.class, null), // not a member: never decoded here
                junk("a1", QuestionnaireSubmitted.class, "study-a"),
                junk("b9", QuestionnaireSubmitted.class, "study-a"), // the header decides
                current(submitted("b2", STUDY)));

        List<TopicRecord> ofStudy = triage.ofStudy(chunk);

        assertThat(ofStudy).extracting(TopicRecord::offset).containsExactly(0L, 2L, 3L, 8L);
        assertThat(fold.counts().read()).as("the study's records are counted when folded").isEqualTo(5);
        assertThat(fold.counts().otherStudies()).isEqualTo(5);
        assertThat(fold.counts().excludedRecords()).isEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_member_of_an_earlier_chunk_is_known_from_the_fold() {
        var triage = triage(Quarantine.NONE);
        fold.accept(new DecodedEvent(enrolled("b1", STUDY), Instant.parse("2027-01-02T00:00:00Z")));

        assertThat(triage.ofStudy(List.of(old(submitted("b1", STUDY)), old(submitted("a1", "study-a")))))
                .extracting(TopicRecord::offset).containsExactly(0L);
    }

    @Test
    void records_without_key_or_type_and_unreadable_enrollments_of_no_known_study_are_counted_and_named() {
        var triage = triage(Quarantine.NONE);
        List<TopicRecord> chunk = List.of(
                new TopicRecord(2, 40, null, null, null, null, JUNK),
                new TopicRecord(2, 41, "k", null, null, null, JUNK),
                new TopicRecord(2, 42, null, EventTypes.nameOf(QuestionnaireSubmitted.class), "2", null, JUNK),
                new TopicRecord(2, 43, "new", EventTypes.nameOf(ParticipantEnrolled.class), "1", null, JUNK));

        assertThat(triage.ofStudy(chunk)).isEmpty();

        assertThat(fold.counts().excludedRecords()).isEqualTo(Map.of("no_key_or_type", 3L, "unreadable_without_study", 1L));
        assertThat(fold.counts().read()).isEqualTo(4);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "left out the record at partition 2 offset 40: it has no key or no type header",
                "partition 2 offset 43: an enrollment without study header that cannot be read");
    }

    @Test
    void quarantined_records_are_never_looked_at_and_kept_in_the_context_for_the_manifest() {
        var triage = triage(Quarantine.parse(List.of("0:1 truncated by hand", "0:2 no headers")));
        List<TopicRecord> chunk = List.of(
                current(enrolled("b1", STUDY)),
                junk("b1", QuestionnaireSubmitted.class, STUDY),
                new TopicRecord(0, offset++, null, null, null, null, JUNK),
                current(submitted("b1", STUDY)));

        assertThat(triage.ofStudy(chunk)).extracting(TopicRecord::offset).containsExactly(0L, 3L);
        ExecutionContext context = new ExecutionContext();
        triage.update(context);

        assertThat(StudyTriage.quarantined(context)).containsExactly(
                new StudyTriage.QuarantinedRecord(0, 1, "b1", EventTypes.nameOf(QuestionnaireSubmitted.class),
                        "truncated by hand"),
                new StudyTriage.QuarantinedRecord(0, 2, null, null, "no headers"));
        assertThat(fold.counts().excludedRecords()).isEqualTo(Map.of("quarantined", 2L));
    }

    @Test
    void an_unreadable_record_of_the_study_fails_with_one_line_naming_it_and_the_way_to_quarantine_it() {
        var triage = triage(Quarantine.NONE);
        TopicRecord junk = junk("b1", QuestionnaireSubmitted.class, STUDY);
        UnreadableRecordException unreadable = new UnreadableRecordException(junk, "cannot read x\n at [Source: ...]", null);

        String message = triage.failure(unreadable).getMessage();

        assertThat(message).isEqualTo("cannot read the record at topic haven.survey.events partition 0 offset 0 key b1 ("
                + QuestionnaireSubmitted.class.getName() + " revision 2) of study study-b: cannot read x; to leave it out"
                + " knowingly, add the line '0:0 <reason>' to a file given with --quarantine=FILE and run again");
    }

    private StudyTriage triage(Quarantine quarantine) {
        return new StudyTriage("haven.survey.events", STUDY, quarantine, fold, decoder,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** As published before the study header existed. */
    private TopicRecord old(HavenEvent event) {
        return new TopicRecord(0, offset++, event.aggregateId(), EventTypes.nameOf(event.getClass()),
                String.valueOf(codec.revisionOf(event)), null, Instant.parse("2027-01-02T00:00:00Z"), codec.write(event), null);
    }

    private TopicRecord current(HavenEvent event) {
        return new TopicRecord(0, offset++, event.aggregateId(), EventTypes.nameOf(event.getClass()),
                String.valueOf(codec.revisionOf(event)), event.studyId(), Instant.parse("2027-01-02T00:00:00Z"),
                codec.write(event), null);
    }

    private TopicRecord junk(String key, Class<? extends HavenEvent> type, String study) {
        return new TopicRecord(0, offset++, key, EventTypes.nameOf(type), "2", study, null, JUNK, null);
    }

    private static ParticipantEnrolled enrolled(String participant, String study) {
        return new ParticipantEnrolled(participant, study, Instant.parse("2027-01-02T00:00:00Z"), "v1", null, RESEARCHER);
    }

    private static QuestionnaireSubmitted submitted(String participant, String study) {
        return new QuestionnaireSubmitted(participant, study, 1, "esti", 1, Map.of("respect_1", 4), null, participant,
                SubmissionSource.WEB, LocalDate.parse("2027-01-03"), Actor.participant(participant));
    }
}
