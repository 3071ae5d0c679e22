package org.haven.instrument;

import java.util.List;

/** A response scale: integer values from {@code min} to {@code max}, each with a label. */
public record Scale(String id, int min, int max, List<ValueLabel> labels) {

    public Scale {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** Reverse keying maps v to min + max - v, so that higher always means safer. */
    public int reverse(int value) {
        return min + max - value;
    }
}
