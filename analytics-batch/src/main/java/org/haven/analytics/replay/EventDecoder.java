package org.haven.analytics.replay;

import org.haven.analytics.fold.DecodedEvent;
import org.haven.events.json.EventCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns topic records into today's event records, upcasting old revisions with the same upcasters the
 * service uses (events-schema). Decoding is most of a replay's work and needs no order, so a chunk is cut
 * into one slice per core and the slices are decoded side by side; the events come back in the records' order,
 * which is the order the fold needs.
 */
public final class EventDecoder implements AutoCloseable {

    /** Below this a chunk is decoded on the calling thread: handing it over would cost more than it saves. */
    private static final int SMALLEST_SLICE = 256;

    private final EventCodec codec = EventCodec.standard();
    private final int threads;
    private final ExecutorService helpers;

    public EventDecoder(int threads) {
        this.threads = Math.max(1, threads);
        this.helpers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "haven-decoder");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One thread per available core. */
    public static EventDecoder perCore() {
        return new EventDecoder(Runtime.getRuntime().availableProcessors());
    }

    /** The record as today's event; an {@link UnreadableRecordException} naming the record when it cannot be. */
    public DecodedEvent decode(TopicRecord record) {
        if (record.unreadableHeader() != null) {
            throw new UnreadableRecordException(record, record.unreadableHeader(), null);
        }
        try {
            return new DecodedEvent(codec.read(record.type(), record.revision(), record.value()), record.eventTime(),
                    record.type(), record.revision(), record.value());
        } catch (RuntimeException e) {
            throw new UnreadableRecordException(record, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** The records decoded, in their order; the first unreadable record fails the whole call. */
    public List<DecodedEvent> decodeAll(List<? extends TopicRecord> records) {
        int slices = Math.min(threads, Math.max(1, records.size() / SMALLEST_SLICE));
        if (slices == 1) {
            return decode(records, 0, records.size());
        }
        int size = (records.size() + slices - 1) / slices;
        List<Future<List<DecodedEvent>>> others = new ArrayList<>();
        for (int from = size; from < records.size(); from += size) {
            int start = from;
            others.add(helpers.submit(() -> decode(records, start, Math.min(start + size, records.size()))));
        }
        List<DecodedEvent> decoded = new ArrayList<>(records.size());
        decoded.addAll(decode(records, 0, size));
        for (Future<List<DecodedEvent>> slice : others) {
            decoded.addAll(result(slice));
        }
        return decoded;
    }

    private List<DecodedEvent> decode(List<? extends TopicRecord> records, int from, int to) {
        List<DecodedEvent> decoded = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            decoded.add(decode(records.get(i)));
        }
        return decoded;
    }

    private static List<DecodedEvent> result(Future<List<DecodedEvent>> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while decoding a chunk", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
