package org.haven.survey.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** {@code --name value} options, the results file both bench tools append {@code key=value} lines to, and answers. */
record BenchOptions(Map<String, String> values) {

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return new BenchOptions(values);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    int number(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    void append(Map<String, ?> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((key, value) -> text.append(key).append('=')
                .append(value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value).append('\n'));
        try {
            Files.writeString(Path.of(text("results")), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(text);
    }

    /** Every item answered within 1..7 around a per-participant level (the same recipe as haven-bench's EstiAnswers). */
    static Map<String, Integer> answers(org.haven.instrument.Instrument esti, long participant, int wave) {
        SplittableRandom random = new SplittableRandom(participant * 1_000 + wave);
        double level = 3 + new SplittableRandom(participant).nextDouble() * 2 + wave * 0.05;
        Map<String, Integer> answers = new TreeMap<>();
        for (var item : esti.items()) {
            int value = (int) Math.round(Math.max(1, Math.min(7, level + random.nextDouble(-1.5, 1.5))));
            answers.put(item.id(), item.reverse() ? 8 - value : value);
        }
        return answers;
    }
}
