package org.haven.survey.access;

/** What the account audit records: sign-ins and every change to a researcher account or an API token. */
public enum AccountAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    TOKEN_CREATED,
    TOKEN_REVOKED
}
