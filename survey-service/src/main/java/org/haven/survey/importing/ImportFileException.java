package org.haven.survey.importing;

import org.springframework.http.HttpStatus;

/** A fault of the whole file (not CSV, wrong header, not UTF-8, too large): nothing is stored. */
public class ImportFileException extends RuntimeException {

    private final HttpStatus status;

    public ImportFileException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
