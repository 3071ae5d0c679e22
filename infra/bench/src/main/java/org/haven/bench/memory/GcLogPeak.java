package org.haven.bench.memory;

import org.haven.bench.Args;
import org.haven.bench.report.Results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap of a JVM from its unified GC log ({@code -Xlog:gc:file=...}): every pause line carries
 * {@code before->after(committed)}. The highest "before" is the peak heap in use; the highest "after" is the
 * largest occupancy a collection left: an upper bound of the live set, since a young collection leaves the old
 * generation's garbage in place (under a tight heap it reads as "full"). The highest "after" of a <em>full</em>
 * collection is the live set itself at that moment: bench.sh asks the batch for one every few seconds
 * ({@code jcmd GC.run}), so their maximum is the live set's peak as sampled.
 */
public final class GcLogPeak {

    public record Peak(long beforeBytes, long afterBytes, long committedBytes, int collections, long liveBytes,
                       int fullCollections) {
    }

    private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLogPeak() {
    }

    public static Peak of(List<String> lines) {
        long before = 0;
        long after = 0;
        long committed = 0;
        int collections = 0;
        long live = 0;
        int full = 0;
        for (String line : lines) {
            Matcher m = SIZES.matcher(line);
            if (!line.contains("Pause") || !m.find()) {
                continue;
            }
            collections++;
            before = Math.max(before, bytes(m.group(1), m.group(2)));
            after = Math.max(after, bytes(m.group(3), m.group(4)));
            committed = Math.max(committed, bytes(m.group(5), m.group(6)));
            if (line.contains("Pause Full")) {
                full++;
                live = Math.max(live, bytes(m.group(3), m.group(4)));
            }
        }
        return new Peak(before, after, committed, collections, live, full);
    }

    static long bytes(String number, String unit) {
        long value = Long.parseLong(number);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }

    public static void run(Args args) throws IOException {
        Peak peak = of(Files.readAllLines(Path.of(args.text("gc-log")), StandardCharsets.UTF_8));
        String prefix = "memory." + args.text("label") + ".";
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(prefix + "peak_used_mb", peak.beforeBytes() / 1048576.0);
        figures.put(prefix + "peak_live_mb", peak.afterBytes() / 1048576.0);
        figures.put(prefix + "committed_mb", peak.committedBytes() / 1048576.0);
        figures.put(prefix + "collections", peak.collections());
        figures.put(prefix + "full_collections", peak.fullCollections());
        if (peak.fullCollections() > 0) {
            figures.put(prefix + "sampled_live_mb", peak.liveBytes() / 1048576.0);
        }
        Results.append(Path.of(args.text("results")), figures);
    }
}
