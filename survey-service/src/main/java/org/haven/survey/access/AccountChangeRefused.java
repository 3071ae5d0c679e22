package org.haven.survey.access;

/** An account change the console refuses, with the form field it concerns and the problem in words. */
public class AccountChangeRefused extends RuntimeException {

    private final String field;

    public AccountChangeRefused(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
