package org.haven.instrument;

/**
 * One problem of an instrument: {@code path} is where it sits in the instrument's JSON, written as in the file
 * ({@code items[0].id}; indexes count from 0), or empty when it concerns the instrument as a whole or several places.
 */
public record InstrumentProblem(String path, String message) {
}
