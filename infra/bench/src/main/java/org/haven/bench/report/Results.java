package org.haven.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one bench run: a {@code key=value} file each tool appends to and bench.sh adds to (shell
 * timings, machine facts); the report reads it. The last value of a key wins.
 */
public final class Results {

    private final Map<String, String> values;

    private Results(Map<String, String> values) {
        this.values = values;
    }

    public static Results read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new Results(values);
    }

    public static Results of(Map<String, String> values) {
        return new Results(new LinkedHashMap<>(values));
    }

    public static void append(Path file, Map<String, ?> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((key, value) -> text.append(key).append('=').append(format(value)).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        System.out.print(text);
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(value);
    }

    public boolean has(String key) {
        return values.containsKey(key) && !values.get(key).isEmpty();
    }

    public String text(String key) {
        return values.getOrDefault(key, "");
    }

    /** NaN when absent, so a missing figure shows as "n/a" and never passes a target. */
    public double number(String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            return Double.NaN;
        }
        return Double.parseDouble(value);
    }

    public List<String> keys() {
        return List.copyOf(values.keySet());
    }
}
