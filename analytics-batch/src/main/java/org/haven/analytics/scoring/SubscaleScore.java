package org.haven.analytics.scoring;

import org.haven.instrument.Composite;
import org.haven.instrument.Item;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The scoring rules of docs/methods.md for one participant at one wave. */
final class SubscaleScore {

    private SubscaleScore() {
    }

    /** At least ceil(2k/3) of the k items must be answered (k = items of the subscale in the version answered). */
    static int minimumAnswered(int k) {
        return (2 * k + 2) / 3;
    }

    /** Mean of the keyed values over the answered items of the subscale, or empty below the two-thirds rule. */
    static OptionalDouble of(List<Item> subscaleItems, Map<String, Integer> keyedValues) {
        int answered = 0;
        double sum = 0;
        for (Item item : subscaleItems) {
            Integer value = keyedValues.get(item.id());
            if (value != null) {
                answered++;
                sum += value;
            }
        }
        if (answered == 0 || answered < minimumAnswered(subscaleItems.size())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sum / answered);
    }

    /** Mean of the composite's subscale scores, only when every one of them is present. */
    static OptionalDouble composite(Composite composite, Map<String, Double> subscaleScores) {
        if (composite.subscales().isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (String subscale : composite.subscales()) {
            Double score = subscaleScores.get(subscale);
            if (score == null) {
                return OptionalDouble.empty();
            }
            sum += score;
        }
        return OptionalDouble.of(sum / composite.subscales().size());
    }
}
