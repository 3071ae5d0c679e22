package org.haven.survey.access;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused unchecked because its account at its address, or its address, is blocked for now. */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
