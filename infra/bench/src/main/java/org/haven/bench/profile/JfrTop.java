package org.haven.bench.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.haven.bench.Args;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU time went, from a JFR recording's jdk.ExecutionSample events (the same data as
 * {@code jfr print --events jdk.ExecutionSample}): the top frames (self time) and the packages that appear
 * anywhere on the sampled stacks (inclusive time), as Markdown for BENCHMARKS.md.
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void run(Args args) throws IOException {
        Path recording = Path.of(args.text("jfr"));
        int limit = args.number("top", 12);
        int depth = args.number("package-depth", 3);
        String thread = args.text("thread", "");
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> selfPackages = new HashMap<>();
        Map<String, Long> haven = new HashMap<>();
        Map<String, Long> blockedMillis = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            String threadName = threadName(event);
            if (!thread.isEmpty() && (threadName == null || !threadName.contains(thread))) {
                continue;
            }
            if (BLOCKING.contains(type) && innermostHaven(stack, null) != null) {
                // Wall-clock time the threads waited (socket reads: the database and the broker; parks: pools, locks)
                blockedMillis.merge(type.substring(4) + " in " + innermostHaven(stack, null),
                        event.getDuration().toMillis(), Long::sum);
                continue;
            }
            if (BLOCKING.contains(type)) {
                continue; // idle pool threads waiting for work
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            samples++;
            self.merge(frame(stack.getFrames().get(0)), 1L, Long::sum);
            selfPackages.merge(packageOf(stack.getFrames().get(0), depth), 1L, Long::sum);
            haven.merge(innermostHaven(stack, "(no Haven frame: framework or JVM threads)"), 1L, Long::sum);
            stack.getFrames().stream().map(frame -> packageOf(frame, depth)).distinct()
                    .forEach(pkg -> inclusive.merge(pkg, 1L, Long::sum));
        }
        long total = samples;
        List<String> md = new ArrayList<>();
        md.add("JFR `" + recording.getFileName() + "`" + (thread.isEmpty() ? "" : " (threads matching `" + thread + "`)")
                + ": " + samples + " execution samples.");
        md.add("");
        md.add("| top frame (self) | share |");
        md.add("|---|---|");
        top(self, limit).forEach(e -> md.add("| `" + e.getKey() + "` | " + percent(e.getValue(), total) + " |"));
        md.add("");
        md.add("| package of the top frame (self) | share |");
        md.add("|---|---|");
        top(selfPackages, limit).forEach(e -> md.add("| `" + e.getKey() + "` | " + percent(e.getValue(), total) + " |"));
        md.add("");
        md.add("| innermost Haven method on the stack (inclusive) | share |");
        md.add("|---|---|");
        top(haven, limit).forEach(e -> md.add("| `" + e.getKey() + "` | " + percent(e.getValue(), total) + " |"));
        md.add("");
        if (!blockedMillis.isEmpty()) {
            md.add("| waiting below a Haven method (JFR SocketRead/Write, ThreadPark, JavaMonitorEnter events of 10-20 ms and more) | total s |");
            md.add("|---|---|");
            top(blockedMillis, limit).forEach(e -> md.add("| `" + e.getKey() + "` | "
                    + String.format(Locale.ROOT, "%.1f", e.getValue() / 1000.0) + " |"));
            md.add("");
        }
        md.add("| package on the stack (inclusive) | share |");
        md.add("|---|---|");
        top(inclusive, limit).forEach(e -> md.add("| `" + e.getKey() + "` | " + percent(e.getValue(), total) + " |"));
        md.add("");
        String text = String.join("\n", md) + "\n";
        Files.writeString(Path.of(args.text("out")), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.print(text);
    }

    private static final java.util.Set<String> BLOCKING = java.util.Set.of("jdk.SocketRead", "jdk.SocketWrite",
            "jdk.ThreadPark", "jdk.JavaMonitorEnter");

    private static String threadName(RecordedEvent event) {
        if (event.hasField("sampledThread")) {
            return event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
        }
        return event.getThread() == null ? "" : event.getThread().getJavaName();
    }

    private static String innermostHaven(RecordedStackTrace stack, String fallback) {
        return stack.getFrames().stream().filter(f -> f.getMethod().getType().getName().startsWith("org.haven."))
                .findFirst().map(JfrTop::frame).orElse(fallback);
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit).toList();
    }

    private static String frame(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static String packageOf(String className, int depth) {
        String[] parts = className.split("\\.");
        int keep = Math.min(depth, Math.max(1, parts.length - 1));
        return String.join(".", java.util.Arrays.copyOf(parts, keep));
    }

    private static String packageOf(RecordedFrame frame, int depth) {
        return packageOf(frame.getMethod().getType().getName(), depth);
    }

    private static String percent(long count, long total) {
        return String.format(Locale.ROOT, "%.1f%%", total == 0 ? 0 : 100.0 * count / total);
    }
}
