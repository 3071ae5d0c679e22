package org.haven.survey.importing;

/**
 * One data row of an import file as written, with the physical line its record starts on. Values stay text
 * until {@link ImportPlanner} checks them, so every fault can be reported with its line. {@code completedOn}
 * is null when the file has no such column; {@code fault} names a row that could not even be split into
 * the header's columns.
 */
public record ImportRow(long line, String participantRef, String wave, String itemId, String value,
                        String completedOn, String fault) {

    public ImportRow(long line, String participantRef, String wave, String itemId, String value, String completedOn) {
        this(line, participantRef, wave, itemId, value, completedOn, null);
    }

    static ImportRow malformed(long line, String fault) {
        return new ImportRow(line, null, null, null, null, null, fault);
    }
}
