package org.haven.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds every problem in an instrument. It never stops at the first one, and it tolerates nulls
 * anywhere, because its input is whatever a hand-edited JSON file turned into.
 */
public final class InstrumentValidator {

    /** Enough missing labels to show the pattern without flooding the message for a huge range. */
    private static final int MAX_MISSING_LABELS_SHOWN = 10;

    private InstrumentValidator() {
    }

    /** The problems, each naming the offending thing; empty when the instrument is usable. */
    public static List<String> problems(Instrument instrument) {
        return findings(instrument).stream().map(InstrumentProblem::message).toList();
    }

    /**
     * The same problems, each with its path in the instrument's JSON where it has one (an id that breaks
     * {@link InstrumentIds#RULE}, so that an API can name the field); an empty path for the others.
     */
    public static List<InstrumentProblem> findings(Instrument instrument) {
        List<InstrumentProblem> findings = new ArrayList<>();
        for (String problem : shapeProblems(instrument)) {
            findings.add(new InstrumentProblem("", problem));
        }
        findings.addAll(InstrumentIds.problems(instrument));
        return findings;
    }

    /** Optional text is absent or has words, within what a page can show. */
    private static void checkOptional(String text, String field, int maxLength, List<String> problems) {
        if (text != null && text.isBlank()) {
            problems.add(field + " is empty: leave it out, or write it");
        } else if (text != null && text.strip().length() > maxLength) {
            problems.add(field + " has " + text.strip().length() + " characters, at most " + maxLength);
        }
    }

    private static List<String> shapeProblems(Instrument instrument) {
        List<String> problems = new ArrayList<>();
        if (isBlank(instrument.id())) {
            problems.add("instrument id is missing");
        }
        if (instrument.version() < 1) {
            problems.add("instrument version " + instrument.version() + " is below 1");
        }
        if (instrument.items().isEmpty()) {
            problems.add("instrument has no items");
        }
        Set<String> scaleIds = uniqueIds("scale", instrument.scales(), Scale::id, problems);
        Set<String> subscaleIds = uniqueIds("subscale", instrument.subscales(), Subscale::id, problems);
        uniqueIds("item", instrument.items(), Item::id, problems);
        uniqueIds("composite", instrument.composites(), Composite::id, problems);
        instrument.scales().forEach(scale -> checkScale(scale, problems));
        checkOptional(instrument.participantTitle(), "participantTitle", 200, problems);
        checkOptional(instrument.instructions(), "instructions", 2000, problems);
        instrument.scales().forEach(scale -> checkOptional(scale.wording(), "scale " + quoted(scale.id())
                + " wording", 60, problems));
        for (Item item : instrument.items()) {
            String name = "item " + quoted(item.id());
            if (isBlank(item.text())) {
                problems.add(name + " has no text");
            }
            if (!subscaleIds.contains(item.subscale())) {
                problems.add(name + " refers to unknown subscale " + quoted(item.subscale()));
            }
            if (!scaleIds.contains(item.scale())) {
                problems.add(name + " refers to unknown scale " + quoted(item.scale()));
            }
        }
        // A subscale score from a single item is that item, not a construct measurement.
        for (Subscale subscale : instrument.subscales()) {
            long count = instrument.items().stream().filter(item -> subscale.id() != null
                    && subscale.id().equals(item.subscale())).count();
            if (count < 2 && !isBlank(subscale.id())) {
                problems.add("subscale " + quoted(subscale.id()) + " has " + count
                        + (count == 1 ? " item" : " items") + ", needs at least 2");
            }
        }
        for (Composite composite : instrument.composites()) {
            if (composite.subscales().isEmpty()) {
                problems.add("composite " + quoted(composite.id()) + " lists no subscales");
            }
            for (String subscaleId : composite.subscales()) {
                if (!subscaleIds.contains(subscaleId)) {
                    problems.add("composite " + quoted(composite.id()) + " refers to unknown subscale "
                            + quoted(subscaleId));
                }
            }
        }
        return problems;
    }

    private static <T> Set<String> uniqueIds(String kind, List<T> things, Function<T, String> id,
                                             List<String> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < things.size(); i++) {
            String thingId = id.apply(things.get(i));
            if (isBlank(thingId)) {
                // Position, because there is no id to name it by.
                problems.add(kind + " #" + (i + 1) + " has no id");
            } else if (!seen.add(thingId) && reported.add(thingId)) {
                problems.add("duplicate " + kind + " id " + quoted(thingId));
            }
        }
        return seen;
    }

    private static void checkScale(Scale scale, List<String> problems) {
        String name = "scale " + quoted(scale.id());
        if (scale.min() >= scale.max()) {
            problems.add(name + " has min " + scale.min() + " not below max " + scale.max());
            return; // without a range, label problems would only repeat this one
        }
        // A respondent must see exactly one label per value, or the codebook is ambiguous.
        Map<Integer, Integer> labelsPerValue = new TreeMap<>();
        for (ValueLabel label : scale.labels()) {
            labelsPerValue.merge(label.value(), 1, Integer::sum);
            if (!scale.contains(label.value())) {
                problems.add(name + " has a label for value " + label.value() + " outside "
                        + scale.min() + ".." + scale.max());
            } else if (isBlank(label.label())) {
                problems.add(name + " has a blank label for value " + label.value());
            }
        }
        labelsPerValue.forEach((value, count) -> {
            if (count > 1) {
                problems.add(name + " has " + count + " labels for value " + value);
            }
        });
        List<Integer> missing = new ArrayList<>();
        // long, so that a range ending at Integer.MAX_VALUE cannot overflow the loop
        for (long value = scale.min(); value <= scale.max() && missing.size() <= MAX_MISSING_LABELS_SHOWN; value++) {
            if (!labelsPerValue.containsKey((int) value)) {
                missing.add((int) value);
            }
        }
        if (!missing.isEmpty()) {
            String values = missing.stream().limit(MAX_MISSING_LABELS_SHOWN).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            problems.add(name + " has no label for " + (missing.size() == 1 ? "value " : "values ") + values
                    + (missing.size() > MAX_MISSING_LABELS_SHOWN ? ", ..." : ""));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String quoted(String id) {
        return id == null ? "(none)" : "'" + id + "'";
    }
}
