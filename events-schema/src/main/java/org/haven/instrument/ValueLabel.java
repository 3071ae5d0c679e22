package org.haven.instrument;

/** The label a respondent sees for one value of a scale, e.g. {@code 1 = strongly disagree}. */
public record ValueLabel(int value, String label) {
}
