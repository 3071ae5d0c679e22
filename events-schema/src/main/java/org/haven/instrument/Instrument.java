package org.haven.instrument;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One immutable version of a questionnaire. Lists keep the instrument's own order, which is the order
 * of every output. Build instances from files with {@link InstrumentLoader}, which validates them.
 *
 * @param participantTitle optional: what heads the participant's page instead of {@code title} (a title written
 *                         for researchers, such as an inventory's name, may not suit the people answering)
 * @param instructions     optional: what participants read before the items, in the instrument's own words (its
 *                         scale, time frame, subject); {@link InstrumentWording} says what is shown without it
 */
public record Instrument(
        String id,
        int version,
        String title,
        List<Scale> scales,
        List<Subscale> subscales,
        List<Item> items,
        List<Composite> composites,
        String participantTitle,
        String instructions) {

    public Instrument {
        scales = scales == null ? List.of() : List.copyOf(scales);
        subscales = subscales == null ? List.of() : List.copyOf(subscales);
        items = items == null ? List.of() : List.copyOf(items);
        composites = composites == null ? List.of() : List.copyOf(composites);
    }

    /** An instrument without its own participant title and instructions, as every one was before they existed. */
    public Instrument(String id, int version, String title, List<Scale> scales, List<Subscale> subscales,
                      List<Item> items, List<Composite> composites) {
        this(id, version, title, scales, subscales, items, composites, null, null);
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
