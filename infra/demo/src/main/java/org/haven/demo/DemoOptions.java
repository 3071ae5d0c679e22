package org.haven.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code haven-demo run}, which infra/demo.sh passes through. The researcher's password comes
 * from the environment ({@code HAVEN_DEMO_PASSWORD}), never the command line, where ps would show it.
 */
public record DemoOptions(URI service, String researcher, String password, int waves, int participants, long seed,
                          Path responses, String bootstrapServers, String topic, Path studyFile, int threads,
                          Path rejectionsFile, URI greenMail, int mailParticipants, Path mailboxesFile) {

    private static final Set<String> KNOWN = Set.of("service", "waves", "participants", "seed", "responses",
            "bootstrap-servers", "topic", "study-file", "threads", "rejections-file", "greenmail", "mail-participants", "mailboxes-file");

    public static DemoOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.length ? args[++i] : "";
            options.put(name, value);
        }
        String password = environment.get("HAVEN_DEMO_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("set HAVEN_DEMO_PASSWORD to the researcher's password");
        }
        return new DemoOptions(URI.create(required(options, "service")),
                environment.getOrDefault("HAVEN_DEMO_RESEARCHER", "demo"), password,
                positive(options.getOrDefault("waves", "4"), "waves"),
                positive(options.getOrDefault("participants", "300"), "participants"),
                number(options.getOrDefault("seed", "1"), "seed"),
                options.containsKey("responses") ? Path.of(options.get("responses")) : null,
                options.getOrDefault("bootstrap-servers", "127.0.0.1:9092"),
                options.getOrDefault("topic", "haven.survey.events"),
                Path.of(required(options, "study-file")),
                positive(options.getOrDefault("threads", "4"), "threads"),
                options.containsKey("rejections-file") ? Path.of(options.get("rejections-file")) : null,
                options.containsKey("greenmail") ? URI.create(required(options, "greenmail")) : null,
                positive(options.getOrDefault("mail-participants", "30"), "mail-participants"),
                options.containsKey("mailboxes-file") ? Path.of(options.get("mailboxes-file")) : null);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int positive(String text, String name) {
        long value = number(text, name);
        if (value < 1 || value > 1_000_000) {
            throw new IllegalArgumentException("--" + name + " must be a whole number from 1 to 1000000, got " + text);
        }
        return (int) value;
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + text + "'");
        }
    }
}
