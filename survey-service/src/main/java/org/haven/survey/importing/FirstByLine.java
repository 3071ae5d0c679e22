package org.haven.survey.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;

/**
 * Keeps the first {@code limit} entries by line (ties in the order they came) and only counts the others, so a
 * file with millions of bad rows costs as little memory as one with a thousand, and its answer stays small.
 */
final class FirstByLine<T> {

    static final int LIMIT = 1_000;

    private record Entry<T>(long line, long order, T value) {
    }

    private final int limit;
    private final ToLongFunction<T> line;
    // the largest kept entry on top, so a new earlier one replaces it
    private final PriorityQueue<Entry<T>> kept;
    private long total;

    FirstByLine(int limit, ToLongFunction<T> line) {
        this.limit = limit;
        this.line = line;
        this.kept = new PriorityQueue<>(Comparator.<Entry<T>>comparingLong(Entry::line)
                .thenComparingLong(Entry::order).reversed());
    }

    static FirstByLine<RowError> rowErrors() {
        return new FirstByLine<>(LIMIT, RowError::line);
    }

    static FirstByLine<ImportWarning> warnings() {
        return new FirstByLine<>(LIMIT, ImportWarning::line);
    }

    void add(T value) {
        Entry<T> entry = new Entry<>(line.applyAsLong(value), total++, value);
        if (kept.size() < limit) {
            kept.add(entry);
        } else if (kept.comparator().compare(entry, kept.peek()) > 0) {
            kept.poll();
            kept.add(entry);
        }
    }

    /** The kept entries in line order. */
    List<T> listed() {
        List<Entry<T>> sorted = new ArrayList<>(kept);
        sorted.sort(kept.comparator().reversed());
        return sorted.stream().map(Entry::value).toList();
    }

    /** How many entries were counted but not kept. */
    long unlisted() {
        return total - kept.size();
    }

    long total() {
        return total;
    }
}
