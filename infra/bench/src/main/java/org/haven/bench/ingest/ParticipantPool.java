package org.haven.bench.ingest;

import org.haven.demo.api.HavenClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Enrolled participants with their own tokens, handed out as (participant, wave) slots, wave-major: all
 * participants answer wave 1 before anyone answers wave 2, so concurrent submissions hit different aggregates.
 * Enrollment happens between measured phases, never during one.
 */
public final class ParticipantPool {

    public record Slot(long participant, String token, int wave) {
    }

    private final HavenClient client;
    private final String studyId;
    private final int waves;
    private final List<String> tokens = new ArrayList<>();
    private final AtomicLong next = new AtomicLong();
    private volatile int frozenSize;

    public ParticipantPool(HavenClient client, String studyId, int waves) {
        this.client = client;
        this.studyId = studyId;
        this.waves = waves;
    }

    /** Enrolls until the pool has {@code participants}; returns the seconds it took. */
    public double growTo(int participants, int threads) throws Exception {
        long started = System.nanoTime();
        int missing = participants - tokens.size();
        if (missing <= 0) {
            return 0;
        }
        if (next.get() > 0) {
            throw new IllegalStateException("the pool hands out wave-major slots: grow it before the first slot");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> enrolled = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                enrolled.add(pool.submit(() -> client.enroll(studyId).token()));
            }
            for (Future<String> token : enrolled) {
                tokens.add(token.get());
            }
        } finally {
            pool.shutdownNow();
        }
        frozenSize = tokens.size();
        return (System.nanoTime() - started) / 1e9;
    }

    /** The next unused slot, or null when every participant answered every wave. */
    public Slot take() {
        long index = next.getAndIncrement();
        int size = frozenSize;
        if (index >= (long) size * waves) {
            return null;
        }
        int participant = (int) (index % size);
        return new Slot(participant, tokens.get(participant), (int) (index / size) + 1);
    }

    public long remaining() {
        return Math.max(0, (long) frozenSize * waves - next.get());
    }

    public int size() {
        return tokens.size();
    }
}
