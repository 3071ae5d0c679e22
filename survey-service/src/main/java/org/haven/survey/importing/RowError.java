package org.haven.survey.importing;

/** A rejected row: its line, the wave and item it concerns (when readable) and why. */
public record RowError(long line, Integer wave, String itemId, String reason) {
}
