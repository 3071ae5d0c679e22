package org.haven.analytics.replay;

import org.haven.analytics.fold.DecodedEvent;
import org.haven.events.json.EventCodec;
import org.springframework.batch.item.ItemProcessor;

/**
 * Turns topic records into today's event records, upcasting old revisions with the same upcasters the
 * service uses (events-schema).
 */
public class EventDecoder implements ItemProcessor<TopicRecord, DecodedEvent> {

    private final EventCodec codec = EventCodec.standard();

    @Override
    public DecodedEvent process(TopicRecord record) {
        return new DecodedEvent(codec.read(record.type(), record.revision(), record.value()), record.eventTime(),
                record.type(), record.revision(), record.value());
    }
}
