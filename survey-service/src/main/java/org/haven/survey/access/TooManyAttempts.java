package org.haven.survey.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** The answer to a throttled caller: 429, a problem detail, and {@code Retry-After} in whole seconds. */
public final class TooManyAttempts {

    private TooManyAttempts() {
    }

    public static ResponseEntity<ProblemDetail> response(Duration retryAfter, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(retryAfter, request));
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json, Duration retryAfter)
            throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(retryAfter, request));
    }

    public static long seconds(Duration retryAfter) {
        // Rounded up: a client that waits exactly this long must not be refused again.
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static ProblemDetail problem(Duration retryAfter, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "too many failed attempts to sign in from this address; try again in " + seconds(retryAfter)
                        + " seconds");
        problem.setTitle("Too many attempts");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
