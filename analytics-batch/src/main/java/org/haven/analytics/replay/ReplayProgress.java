package org.haven.analytics.replay;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints how far the replay has come: events read of the total, percent, rate and time left. */
public class ReplayProgress implements ChunkListener {

    private static final long EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    private final TopicReader reader;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastPrinted;

    public ReplayProgress(TopicReader reader, PrintStream out) {
        this.reader = reader;
        this.out = out;
    }

    @Override
    public void afterChunk(ChunkContext context) {
        long now = System.nanoTime();
        long[] progress = reader.progress();
        if (now - lastPrinted < EVERY_NANOS && progress[0] < progress[1]) {
            return;
        }
        lastPrinted = now;
        out.println(line(progress[0], progress[1], now - started));
    }

    static String line(long done, long total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double rate = done / seconds;
        double percent = total == 0 ? 100 : 100.0 * done / total;
        String left = rate <= 0 ? "?" : String.format(Locale.ROOT, "%.0f s", (total - done) / rate);
        return String.format(Locale.ROOT, "replay: %,d / %,d events (%.1f%%), %,.0f events/s, about %s left",
                done, total, percent, rate, left);
    }
}
