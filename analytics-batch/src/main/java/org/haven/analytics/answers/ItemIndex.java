package org.haven.analytics.answers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item ids numbered in the order first seen, shared by every {@link CompactAnswers} of one instrument version, so
 * that a million submissions hold their item ids once. Append-only: answers built earlier stay valid when an item
 * is added later (their value arrays are just shorter). Not thread-safe; the batch folds on one thread.
 */
public final class ItemIndex {

    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    public ItemIndex() {
    }

    /** Numbered in the given order, e.g. an instrument's own item order. */
    public ItemIndex(List<String> itemIds) {
        itemIds.forEach(this::positionOf);
    }

    /** The item's position, adding the item when it is new. */
    int positionOf(String itemId) {
        Integer position = positions.get(itemId);
        if (position == null) {
            position = ids.size();
            positions.put(itemId, position);
            ids.add(itemId);
        }
        return position;
    }

    /** The item's position, or -1 when no answer of this index has it. */
    int find(Object itemId) {
        Integer position = positions.get(itemId);
        return position == null ? -1 : position;
    }

    String idAt(int position) {
        return ids.get(position);
    }

    int size() {
        return ids.size();
    }

    /** Stores {@code answers} compactly when every value fits a byte, else as an ordinary immutable copy. */
    public Map<String, Integer> compact(Map<String, Integer> answers) {
        return CompactAnswers.of(this, answers);
    }
}
