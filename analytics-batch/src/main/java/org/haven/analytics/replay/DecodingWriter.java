package org.haven.analytics.replay;

import org.haven.analytics.fold.DecodedEvent;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

/**
 * The replay step's writer: decodes a chunk of topic records ({@link EventDecoder#decodeAll}, on every core)
 * and hands the events, in topic order, to the writer that folds them. Decoding here rather than in an item
 * processor is what lets a chunk be decoded in parallel: Spring Batch processes items one at a time.
 */
public class DecodingWriter implements ItemStreamWriter<TopicRecord> {

    private final ItemStreamWriter<DecodedEvent> fold;
    private final EventDecoder decoder;

    public DecodingWriter(ItemStreamWriter<DecodedEvent> fold, EventDecoder decoder) {
        this.fold = fold;
        this.decoder = decoder;
    }

    @Override
    public void write(Chunk<? extends TopicRecord> records) throws Exception {
        fold.write(new Chunk<>(decoder.decodeAll(records.getItems())));
    }

    @Override
    public void open(ExecutionContext context) {
        fold.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        fold.update(context);
    }

    /** Closes the fold's writer; the decoder outlives the step (a nightly service runs it again). */
    @Override
    public void close() {
        fold.close();
    }
}
