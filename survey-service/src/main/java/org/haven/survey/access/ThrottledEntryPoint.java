package org.haven.survey.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/** Answers a throttled sign-in with 429 and {@code Retry-After}; every other failure as the delegate does. */
class ThrottledEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper json;
    private final AuthenticationEntryPoint delegate;

    ThrottledEntryPoint(ObjectMapper json, AuthenticationEntryPoint delegate) {
        this.json = json;
        this.delegate = delegate;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof SignInThrottledException throttled) {
            TooManyAttempts.write(request, response, json, throttled.retryAfter());
        } else {
            delegate.commence(request, response, exception);
        }
    }
}
