package org.haven.bench.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of one load phase. The measured window is [windowStart, windowEnd) after a warm-up; a submission
 * belongs to the window when it was due in it, and the sustained rate counts topic arrivals inside the window.
 */
public final class PhaseTracker {

    private final String name;
    private final Latencies http = new Latencies();
    private final Latencies topic = new Latencies();
    private final AtomicLong dueInWindow = new AtomicLong();
    private final AtomicLong okInWindow = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong arrivalsInWindow = new AtomicLong();
    private final AtomicLong arrivedOfWindow = new AtomicLong();
    private final AtomicLong lastDueInWindow = new AtomicLong(Long.MIN_VALUE);
    private volatile String lastError = "";
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    public PhaseTracker(String name) {
        this.name = name;
    }

    public void openWindow(long nanos) {
        windowStart = nanos;
    }

    public void closeWindow(long nanos) {
        windowEnd = nanos;
    }

    public boolean inWindow(long nanos) {
        return nanos >= windowStart && nanos < windowEnd;
    }

    public void due(long dueNanos) {
        if (inWindow(dueNanos)) {
            dueInWindow.incrementAndGet();
            lastDueInWindow.accumulateAndGet(dueNanos, Math::max);
        }
    }

    public void answered(long dueNanos, long nowNanos, int status, String body) {
        if (status != 201 && status != 200) {
            errors.incrementAndGet();
            lastError = status + " " + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body);
            return;
        }
        if (inWindow(dueNanos)) {
            okInWindow.incrementAndGet();
            http.record(nowNanos - dueNanos);
        }
    }

    public void failed(Throwable error) {
        errors.incrementAndGet();
        lastError = String.valueOf(error);
    }

    void arrived(long dueNanos, long nowNanos) {
        if (inWindow(nowNanos)) {
            arrivalsInWindow.incrementAndGet();
        }
        if (inWindow(dueNanos)) {
            arrivedOfWindow.incrementAndGet();
            topic.record(nowNanos - dueNanos);
        }
    }

    public long arrivedOfWindow() {
        return arrivedOfWindow.get();
    }

    public long okInWindow() {
        return okInWindow.get();
    }

    public Map<String, Object> figures() {
        double seconds = (windowEnd - windowStart) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        String p = "ingest." + name + ".";
        // How long load was really offered in the window: up to the last submission due in it (a pool that ran
        // dry or a stalled generator shows here, and bench.sh fails a full run held under 60 s).
        long lastDue = lastDueInWindow.get();
        figures.put(p + "held_s", lastDue == Long.MIN_VALUE ? 0.0 : (lastDue - windowStart) / 1e9);
        figures.put(p + "due_in_window", dueInWindow.get());
        figures.put(p + "ok_in_window", okInWindow.get());
        figures.put(p + "errors", errors.get());
        figures.put(p + "last_error", lastError.replace('\n', ' '));
        figures.put(p + "http_rate", okInWindow.get() / seconds);
        figures.put(p + "topic_rate", arrivalsInWindow.get() / seconds);
        figures.put(p + "on_topic_of_window", arrivedOfWindow.get());
        figures.putAll(http.figures(p + "http"));
        figures.putAll(topic.figures(p + "topic"));
        return figures;
    }
}
