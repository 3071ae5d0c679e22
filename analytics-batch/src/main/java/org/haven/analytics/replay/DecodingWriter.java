package org.haven.analytics.replay;

import org.haven.analytics.fold.DecodedEvent;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

import java.util.List;

/**
 * The replay step's writer: keeps the study's records of a chunk ({@link StudyTriage}, without decoding the
 * others), decodes them ({@link EventDecoder#decodeAll}, on every core) and hands the events, in topic order, to
 * the writer that folds them. Decoding here rather than in an item processor is what lets a chunk be decoded in
 * parallel: Spring Batch processes items one at a time.
 */
public class DecodingWriter implements ItemStreamWriter<TopicRecord> {

    private final ItemStreamWriter<DecodedEvent> fold;
    private final StudyTriage triage;
    private final EventDecoder decoder;

    public DecodingWriter(ItemStreamWriter<DecodedEvent> fold, StudyTriage triage, EventDecoder decoder) {
        this.fold = fold;
        this.triage = triage;
        this.decoder = decoder;
    }

    @Override
    public void write(Chunk<? extends TopicRecord> records) throws Exception {
        List<TopicRecord> ofStudy = triage.ofStudy(records.getItems());
        List<DecodedEvent> events;
        try {
            events = decoder.decodeAll(ofStudy);
        } catch (UnreadableRecordException unreadable) {
            throw triage.failure(unreadable);
        }
        fold.write(new Chunk<>(events));
    }

    /** Opens the fold's writer first: a resumed run rebuilds the fold, and so the study's members, from its journal. */
    @Override
    public void open(ExecutionContext context) {
        fold.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        fold.update(context);
        triage.update(context);
    }

    /** Closes the fold's writer; the decoder outlives the step (a nightly service runs it again). */
    @Override
    public void close() {
        fold.close();
    }
}
