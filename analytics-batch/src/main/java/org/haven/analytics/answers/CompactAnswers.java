package org.haven.analytics.answers;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One participant-wave's answers as an immutable map of item id to value, stored as one byte per item of its
 * {@link ItemIndex}: about 80 bytes for a full ESTI submission instead of the ~2 KB of a map of boxed entries,
 * which is what lets the batch hold 100,000 participants x 10 waves in a 1 GB heap (BENCHMARKS.md, memory). Iterates in the
 * index's order; equal to any map with the same entries.
 */
public final class CompactAnswers extends AbstractMap<String, Integer> {

    private static final byte ABSENT = Byte.MIN_VALUE;

    private final ItemIndex index;
    private final byte[] values;
    private final int size;

    private CompactAnswers(ItemIndex index, byte[] values, int size) {
        this.index = index;
        this.values = values;
        this.size = size;
    }

    static Map<String, Integer> of(ItemIndex index, Map<String, Integer> answers) {
        if (answers instanceof CompactAnswers compact && compact.index == index) {
            return compact;
        }
        for (Integer value : answers.values()) {
            if (value == null || value <= ABSENT || value > Byte.MAX_VALUE) {
                return Map.copyOf(answers); // a scale beyond a byte: correct first, compact where possible
            }
        }
        int[] positions = new int[answers.size()];
        int i = 0;
        int length = 0;
        for (String itemId : answers.keySet()) {
            positions[i] = index.positionOf(itemId);
            length = Math.max(length, positions[i++] + 1);
        }
        byte[] values = new byte[length];
        Arrays.fill(values, ABSENT);
        i = 0;
        for (Integer value : answers.values()) {
            values[positions[i++]] = value.byteValue();
        }
        return new CompactAnswers(index, values, answers.size());
    }

    /** Keeps compact answers as they are (they are immutable); copies any other map. */
    public static Map<String, Integer> copyOf(Map<String, Integer> answers) {
        return answers instanceof CompactAnswers ? answers : Map.copyOf(answers);
    }

    private boolean answered(int position) {
        return position < values.length && values[position] != ABSENT;
    }

    @Override
    public Integer get(Object itemId) {
        int position = index.find(itemId);
        if (position < 0 || position >= values.length || values[position] == ABSENT) {
            return null;
        }
        return (int) values[position];
    }

    @Override
    public boolean containsKey(Object itemId) {
        return get(itemId) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int rank = advance(0);

                    /** The first rank from {@code from} on whose item these answers have. */
                    private int advance(int from) {
                        int next = from;
                        while (next < index.size() && !answered(index.positionAt(next))) {
                            next++;
                        }
                        return next;
                    }

                    @Override
                    public boolean hasNext() {
                        return rank < index.size();
                    }

                    @Override
                    public Entry<String, Integer> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int position = index.positionAt(rank);
                        Entry<String, Integer> entry = new SimpleImmutableEntry<>(index.idAt(position), (int) values[position]);
                        rank = advance(rank + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
