package org.haven.instrument;

import java.util.List;

/**
 * A response scale: integer values from {@code min} to {@code max}, each with a label.
 *
 * @param wording optional: what the scale measures, as a reader would name it ("agreement", "frequency"); the
 *                report and the codebook describe the scale with it
 */
public record Scale(String id, int min, int max, List<ValueLabel> labels, String wording) {

    public Scale {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A scale without wording, as every one was before it existed. */
    public Scale(String id, int min, int max, List<ValueLabel> labels) {
        this(id, min, max, labels, null);
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** Reverse keying maps v to min + max - v, so that higher always means safer. */
    public int reverse(int value) {
        return min + max - value;
    }
}
