package org.haven.survey.importing;

/** Why the service will not start with the import-reference key it was given, and what the operator should do. */
public class ImportRefKeyException extends IllegalStateException {

    private final String action;

    public ImportRefKeyException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
