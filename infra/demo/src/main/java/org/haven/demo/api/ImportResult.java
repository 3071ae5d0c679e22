package org.haven.demo.api;

import java.util.List;

/** The service's answer to a CSV import (docs/data-formats.md, "The import CSV"), with the HTTP status it came with. */
public record ImportResult(int status, int stored, int alreadyImported, int rejected, List<RowError> errors) {

    public record RowError(long line, Integer wave, String itemId, String reason) {
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
