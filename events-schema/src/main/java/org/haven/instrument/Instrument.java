package org.haven.instrument;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One immutable version of a questionnaire. Lists keep the instrument's own order, which is the order
 * of every output. Build instances from files with {@link InstrumentLoader}, which validates them.
 */
public record Instrument(
        String id,
        int version,
        String title,
        List<Scale> scales,
        List<Subscale> subscales,
        List<Item> items,
        List<Composite> composites) {

    public Instrument {
        scales = scales == null ? List.of() : List.copyOf(scales);
        subscales = subscales == null ? List.of() : List.copyOf(subscales);
        items = items == null ? List.of() : List.copyOf(items);
        composites = composites == null ? List.of() : List.copyOf(composites);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Scale scaleOf(Item item) {
        return scales.stream()
                .filter(scale -> scale.id().equals(item.scale()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("item " + item.id() + " has no scale " + item.scale()));
    }

    public List<Item> itemsOf(String subscaleId) {
        return items.stream().filter(item -> item.subscale().equals(subscaleId)).toList();
    }
}
