package org.haven.analytics.run;

import org.haven.analytics.replay.Quarantine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The batch's command line (docs/data-formats.md). The export key comes from the environment variable
 * HAVEN_EXPORT_KEY or from --export-key-file, never from the command line, where ps would show it.
 */
public record BatchArguments(String bootstrapServers, String topic, String studyId, Path out, Instant asOf,
                             byte[] exportKey, String schedule, Quarantine quarantine, String kafkaLog) {

    static final String KEY_VARIABLE = "HAVEN_EXPORT_KEY";
    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "topic", "study", "out", "as-of",
            "export-key-file", "schedule", "quarantine", "kafka-log");
    /** The service names a study by a random UUID; anything else is a title, a path or a typo. */
    private static final Pattern STUDY_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOG_LEVELS = Set.of("off", "error", "warn", "info", "debug", "trace");
    private static final int MIN_KEY_LENGTH = 16;

    public static BatchArguments parse(String[] args, Map<String, String> environment) {
        Map<String, String> options = options(args);
        String keyFile = options.get("export-key-file");
        return new BatchArguments(
                options.getOrDefault("bootstrap-servers", "127.0.0.1:9092"),
                options.getOrDefault("topic", "haven.survey.events"),
                studyId(required(options, "study")),
                Path.of(required(options, "out")),
                asOf(options.get("as-of")),
                exportKey(keyFile, environment.get(KEY_VARIABLE)),
                schedule(options.get("schedule")),
                quarantine(options.get("quarantine")),
                kafkaLog(options.get("kafka-log")));
    }

    private static String studyId(String value) {
        if (!STUDY_ID.matcher(value).matches()) {
            throw new BadArgumentException("--study '" + value + "' is not a study id: study ids look like"
                    + " 5f0c2d1e-7a41-4c8e-9b1f-2d3c4b5a6978 (GET /api/studies lists them)");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** The Kafka clients log only errors unless asked: their configuration dump and retry warnings drown our line. */
    private static String kafkaLog(String level) {
        if (level == null) {
            return "error";
        }
        String named = level.strip().toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(named)) {
            throw new BadArgumentException("--kafka-log '" + level + "' is not a log level (one of "
                    + String.join(", ", LOG_LEVELS.stream().sorted().toList()) + ")");
        }
        return named;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--haven.") || arg.startsWith("--logging.")) {
                continue; // Spring configuration, not a batch option
            }
            if (!arg.startsWith("--")) {
                throw new BadArgumentException("unexpected argument '" + arg + "'; options look like --study=ID");
            }
            String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
            if (name.equals("export-key")) {
                throw new BadArgumentException("the export key is never given on the command line (ps shows it):"
                        + " set " + KEY_VARIABLE + " or use --export-key-file");
            }
            if (!OPTIONS.contains(name)) {
                throw new BadArgumentException("unknown option --" + name + " (known: --" + String.join(", --", OPTIONS.stream().sorted().toList()) + ")");
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.length ? args[++i] : "";
            options.put(name, value);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new BadArgumentException("--" + name + " is required");
        }
        return value.strip();
    }

    private static String schedule(String cron) {
        if (cron == null) {
            return null;
        }
        if (!org.springframework.scheduling.support.CronExpression.isValidExpression(cron.strip())) {
            throw new BadArgumentException("--schedule '" + cron + "' is not a cron expression of six fields"
                    + " (second minute hour day month weekday), e.g. '0 0 2 * * *' for 02:00 UTC every night");
        }
        return cron.strip();
    }

    /** Records set aside by the operator: a file of lines {@code partition:offset reason}. */
    private static Quarantine quarantine(String file) {
        if (file == null) {
            return Quarantine.NONE;
        }
        if (file.isBlank()) {
            throw new BadArgumentException("--quarantine needs a file of lines 'partition:offset reason'");
        }
        try {
            return Quarantine.parse(Files.readAllLines(Path.of(file.strip()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadArgumentException("cannot read --quarantine " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException("--quarantine " + file + ": " + e.getMessage());
        }
    }

    private static Instant asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadArgumentException("--as-of '" + text + "' is not an ISO-8601 instant like 2027-03-31T23:59:59Z");
        }
    }

    private static byte[] exportKey(String keyFile, String fromEnvironment) {
        String key;
        if (keyFile != null) {
            try {
                key = Files.readString(Path.of(keyFile), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new BadArgumentException("cannot read --export-key-file " + keyFile + ": " + e.getMessage());
            }
        } else if (fromEnvironment != null) {
            key = fromEnvironment;
        } else {
            throw new BadArgumentException("no export key: set " + KEY_VARIABLE + " or use --export-key-file"
                    + " (the key that turns participant ids into pseudonyms; keep it to reproduce a run)");
        }
        if (key.length() < MIN_KEY_LENGTH) {
            throw new BadArgumentException("the export key is shorter than " + MIN_KEY_LENGTH + " characters");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
