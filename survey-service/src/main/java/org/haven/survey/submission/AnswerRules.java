package org.haven.survey.submission;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.survey.problem.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks answers against the instrument version they claim to answer: known items, values within each
 * item's scale, required items present. Skipped optional items are simply absent.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    public static List<Violation> check(Instrument instrument, Map<String, Integer> answers) {
        List<Violation> violations = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            violations.add(new Violation("answers", "at least one item must be answered"));
            return violations;
        }
        answers.forEach((itemId, value) -> checkAnswer(instrument, itemId, value).ifPresent(violations::add));
        for (Item item : instrument.items()) {
            if (item.required() && !answers.containsKey(item.id())) {
                violations.add(new Violation("answers." + item.id(), "item " + item.id() + " is required"));
            }
        }
        return violations;
    }

    public static Optional<Violation> checkAnswer(Instrument instrument, String itemId, Integer value) {
        String field = "answers." + itemId;
        Optional<Item> item = instrument.item(itemId);
        if (item.isEmpty()) {
            return Optional.of(new Violation(field, "unknown item '" + itemId + "' in instrument "
                    + instrument.id() + " version " + instrument.version()));
        }
        Scale scale = instrument.scaleOf(item.get());
        if (value == null) {
            return Optional.of(new Violation(field, "leave a skipped item out instead of sending null"));
        }
        if (!scale.contains(value)) {
            return Optional.of(new Violation(field, "value " + value + " is outside the scale "
                    + scale.min() + " to " + scale.max()));
        }
        return Optional.empty();
    }
}
