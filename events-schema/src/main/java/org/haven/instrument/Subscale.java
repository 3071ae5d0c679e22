package org.haven.instrument;

/** A subscale: a construct measured by several items, scored as the mean of their keyed values. */
public record Subscale(String id, String construct) {
}
