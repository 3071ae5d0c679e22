package org.haven.survey.problem;

/** One broken rule, naming the field (JSON path or CSV column) it concerns. */
public record Violation(String field, String message) {
}
