package org.haven.analytics.scoring;

import org.haven.analytics.answers.ItemIndex;
import org.haven.analytics.answers.Response;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keys and scores the responses to one instrument version; the lookups are built once per version. */
final class VersionScorer {

    private final Instrument instrument;
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Scale> scales = new HashMap<>();
    private final Map<String, List<Item>> subscaleItems = new LinkedHashMap<>();
    private final ItemIndex keyedItems;

    VersionScorer(Instrument instrument) {
        this.instrument = instrument;
        for (Item item : instrument.items()) {
            items.put(item.id(), item);
            scales.put(item.id(), instrument.scaleOf(item));
        }
        keyedItems = new ItemIndex(instrument.items().stream().map(Item::id).toList());
        for (Subscale subscale : instrument.subscales()) {
            subscaleItems.put(subscale.id(), instrument.itemsOf(subscale.id()));
        }
    }

    /**
     * Reverse keying, v' = min + max - v (docs/methods.md). Rejects items and values the version does not
     * allow: the write side validates both, so either one here means corrupted input, and scoring it anyway
     * would publish a wrong number without a trace.
     */
    KeyedResponse key(Response response) {
        Map<String, Integer> keyed = new HashMap<>();
        response.answers().forEach((itemId, value) -> {
            Item item = items.get(itemId);
            if (item == null) {
                throw new IllegalArgumentException("participant " + response.pid() + " wave " + response.wave()
                        + ": item " + itemId + " is not in " + instrument.id() + " v" + instrument.version());
            }
            Scale scale = scales.get(itemId);
            if (!scale.contains(value)) {
                throw new IllegalArgumentException("participant " + response.pid() + " wave " + response.wave()
                        + ": value " + value + " of item " + itemId + " is outside " + scale.min() + ".." + scale.max());
            }
            keyed.put(itemId, item.reverse() ? scale.reverse(value) : value);
        });
        return new KeyedResponse(response.pid(), response.wave(), instrument, keyedItems.compact(keyed));
    }

    /** Subscale scores in instrument order, then composites; missing ones are absent. */
    Map<String, Double> score(KeyedResponse answers) {
        Map<String, Double> scores = new LinkedHashMap<>();
        subscaleItems.forEach((subscale, itemsOfSubscale) -> SubscaleScore.of(itemsOfSubscale, answers.keyedValues())
                .ifPresent(value -> scores.put(subscale, value)));
        Map<String, Double> subscaleScores = new HashMap<>(scores);
        for (Composite composite : instrument.composites()) {
            SubscaleScore.composite(composite, subscaleScores).ifPresent(value -> scores.put(composite.id(), value));
        }
        return scores;
    }
}
