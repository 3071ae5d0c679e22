package org.haven.analytics.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item ids numbered in the order first seen, shared by every {@link CompactAnswers} of one instrument version, so
 * that a million submissions hold their item ids once. Append-only: answers built earlier stay valid when an item
 * is added later (their value arrays are just shorter). Answers iterate in the index's order, which
 * {@link #orderLike} can set after the fact: a topic's partitions may deliver submissions before the instrument
 * they answered. Not thread-safe; the batch folds on one thread.
 */
public final class ItemIndex {

    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] order = new int[0];

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
            order = Arrays.copyOf(order, ids.size());
            order[position] = position;
        }
        return position;
    }

    /** Answers iterate with these items first, in this order, then any others in the order they were first seen. */
    public void orderLike(List<String> itemIds) {
        itemIds.forEach(this::positionOf);
        int[] reordered = new int[ids.size()];
        Set<Integer> placed = new HashSet<>();
        int next = 0;
        for (String itemId : itemIds) {
            int position = positions.get(itemId);
            if (placed.add(position)) {
                reordered[next++] = position;
            }
        }
        for (int position : order) {
            if (placed.add(position)) {
                reordered[next++] = position;
            }
        }
        order = reordered;
    }

    /** The position of the {@code rank}-th item in iteration order. */
    int positionAt(int rank) {
        return order[rank];
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
