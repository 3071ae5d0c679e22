package org.haven.bench.ingest;

import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe latency histogram in microseconds (1 µs to 10 min, 3 significant digits), reported in ms. */
public final class Latencies {

    private final Histogram histogram = new Histogram(1, 600_000_000L, 3);

    public synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(600_000_000L, nanos / 1_000)));
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    /** Percentile in milliseconds; NaN without values. */
    public synchronized double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    public synchronized Map<String, Object> figures(String prefix) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(prefix + "_n", histogram.getTotalCount());
        figures.put(prefix + "_p50_ms", percentileMillis(50));
        figures.put(prefix + "_p95_ms", percentileMillis(95));
        figures.put(prefix + "_p99_ms", percentileMillis(99));
        figures.put(prefix + "_max_ms", histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1_000.0);
        return figures;
    }
}
