package org.haven.analytics.replay;

import org.haven.analytics.fold.DecodedEvent;
import org.haven.events.Actor;
import org.haven.events.json.UnreadableEventException;
import org.haven.events.json.EventCodec;
import org.haven.events.participant.ParticipantEnrolled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDecoderTest {

    private final EventDecoder decoder = new EventDecoder(3);
    private final EventCodec codec = EventCodec.standard();

    @AfterEach
    void close() {
        decoder.close();
    }

    @Test
    void decodesAChunkOnSeveralThreadsAndKeepsTheRecordsOrder() {
        List<TopicRecord> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            records.add(record(i, codec.write(enrolled(i))));
        }

        List<DecodedEvent> decoded = decoder.decodeAll(records);

        assertThat(decoded).extracting(event -> ((ParticipantEnrolled) event.event()).participantId())
                .containsExactlyElementsOf(records.stream().map(r -> "p" + r.offset()).toList());
        assertThat(decoded.get(1_999).json()).isSameAs(records.get(1_999).value());
    }

    @Test
    void theFirstUnreadableRecordInAnySliceFailsTheChunkNamingTheRecord() {
        List<TopicRecord> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            records.add(record(i, i == 1_700 || i == 1_900 ? "[1,2]".getBytes() : codec.write(enrolled(i))));
        }

        assertThatThrownBy(() -> decoder.decodeAll(records))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessage(ParticipantEnrolled.class.getName() + " payload is not a JSON object")
                .hasCauseInstanceOf(UnreadableEventException.class)
                .satisfies(failure -> assertThat(((UnreadableRecordException) failure).record().offset()).isEqualTo(1_700));
    }

    @Test
    void aRecordWithoutTypeOrWithAnUnreadableHeaderIsUnreadableNotANullPointer() {
        TopicRecord untyped = new TopicRecord(0, 5, null, null, null, null, "junk".getBytes());
        TopicRecord badTime = new TopicRecord(0, 6, "p1", ParticipantEnrolled.class.getName(), "1", "study", null,
                codec.write(enrolled(1)), "its header haven-event-time is not an ISO-8601 instant");

        assertThatThrownBy(() -> decoder.decode(untyped)).isInstanceOf(UnreadableRecordException.class)
                .hasMessage("unknown event type null");
        assertThatThrownBy(() -> decoder.decode(badTime)).isInstanceOf(UnreadableRecordException.class)
                .hasMessage("its header haven-event-time is not an ISO-8601 instant");
    }

    private static ParticipantEnrolled enrolled(int i) {
        return new ParticipantEnrolled("p" + i, "study", Instant.parse("2027-01-01T00:00:00Z"), "v1", null,
                Actor.researcher("dr.morgan"));
    }

    private static TopicRecord record(long offset, byte[] json) {
        return new TopicRecord(0, offset, "key", ParticipantEnrolled.class.getName(), "1", Instant.parse("2027-01-01T00:00:00Z"),
                json);
    }
}
