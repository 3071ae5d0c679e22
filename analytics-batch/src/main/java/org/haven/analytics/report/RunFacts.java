package org.haven.analytics.report;

import org.haven.analytics.export.Manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The header's facts of the run, from the manifest; a missing fact shows an en dash. */
final class RunFacts {

    /** One label and its value. */
    record Fact(String label, String value) {
    }

    private RunFacts() {
    }

    static String title(Manifest manifest) {
        return manifest.study() == null || manifest.study().title() == null ? "Study report" : manifest.study().title();
    }

    static List<Fact> of(Manifest manifest, List<Integer> waves) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "Study", manifest.study() == null ? null : manifest.study().id());
        add(facts, "Run", manifest.runId());
        add(facts, "Data as of", manifest.asOf() == null ? "end of topic" : manifest.asOf().toString());
        Manifest.Participants participants = manifest.participants();
        add(facts, "Participants included", participants == null ? null : Long.toString(participants.included()));
        add(facts, "Participants excluded", participants == null ? null : byReason(participants.excluded()));
        add(facts, "Submissions excluded", manifest.events() == null ? null
                : byReason(manifest.events().excludedSubmissions()));
        if (manifest.events() != null && !manifest.events().excludedRecords().isEmpty()) {
            // only when it happened, so that the report of an ordinary run stays as it was
            add(facts, "Records left out undecoded", byReason(manifest.events().excludedRecords())
                    + (manifest.quarantined().isEmpty() ? "" : " (quarantined: see manifest.json)"));
        }
        add(facts, "Waves", waves.isEmpty() ? null
                : waves.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        add(facts, "Instrument versions", manifest.instrumentVersions().isEmpty() ? null
                : manifest.instrumentVersions().stream()
                .map(v -> v.id() + " v" + v.version() + (v.title() == null ? "" : " (" + v.title() + ")"))
                .collect(Collectors.joining("; ")));
        if (!manifest.composites().isEmpty()) {
            add(facts, "Composites", manifest.composites().stream()
                    .map(c -> c.id() + " = mean of " + String.join(", ", c.subscales()))
                    .collect(Collectors.joining("; ")));
        }
        if (manifest.software() != null) {
            add(facts, "Software", manifest.software().name() + " " + manifest.software().version());
        }
        return List.copyOf(facts);
    }

    private static void add(List<Fact> facts, String label, String value) {
        facts.add(new Fact(label, value == null || value.isEmpty() ? Cell.EN_DASH : value));
    }

    /** Reasons in words for the reader of the report; manifest.json keeps the codes, for scripts. */
    private static final Map<String, String> REASONS = Map.of(
            "erased", "erased on request",
            "withdrew_use_of_collected_data", "withdrew consent to the use of their collected data",
            "quarantined", "set aside with --quarantine",
            "no_key_or_type", "without key or event type",
            "unreadable_without_study", "unreadable, of no known study");

    private static String byReason(Map<String, Long> counts) {
        if (counts == null || counts.isEmpty()) {
            return "none";
        }
        return new TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getValue() + " " + REASONS.getOrDefault(e.getKey(), e.getKey().replace('_', ' ')))
                .collect(Collectors.joining(", "));
    }
}
