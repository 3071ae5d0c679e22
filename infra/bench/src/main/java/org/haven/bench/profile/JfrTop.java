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
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            String threadName = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
            if (!thread.isEmpty() && (threadName == null || !threadName.contains(thread))) {
                continue;
            }
            samples++;
            self.merge(frame(stack.getFrames().get(0)), 1L, Long::sum);
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
        md.add("| package on the stack (inclusive) | share |");
        md.add("|---|---|");
        top(inclusive, limit).forEach(e -> md.add("| `" + e.getKey() + "` | " + percent(e.getValue(), total) + " |"));
        md.add("");
        String text = String.join("\n", md) + "\n";
        Files.writeString(Path.of(args.text("out")), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.print(text);
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
