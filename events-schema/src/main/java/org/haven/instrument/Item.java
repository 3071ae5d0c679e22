package org.haven.instrument;

/**
 * One question. {@code reverse} items are keyed so that higher = safer after {@link Scale#reverse};
 * a {@code required} item must be answered for a submission to be accepted.
 */
public record Item(String id, String subscale, String text, boolean reverse, String scale, boolean required) {
}
