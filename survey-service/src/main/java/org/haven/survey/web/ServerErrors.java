package org.haven.survey.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.UUID;

/**
 * What a caller learns of a server-side failure: nothing of it (no SQL, no driver or JVM message), only a
 * correlation id that is also in the log line carrying the exception, so an operator can find the cause.
 */
public final class ServerErrors {

    private static final Logger log = LoggerFactory.getLogger(ServerErrors.class);

    private ServerErrors() {
    }

    /** Logs the failure with a new correlation id and returns the generic problem detail that carries it. */
    public static ProblemDetail logged(HttpStatusCode status, String method, String path, Throwable failure) {
        String correlationId = UUID.randomUUID().toString();
        log.error("{} {} failed with {}; correlation id {}", method, path, status.value(), correlationId, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "The service could not complete this request. If it keeps happening, tell the study team the "
                        + "correlation id " + correlationId + ".");
        problem.setTitle("Server error");
        problem.setProperty("correlationId", correlationId);
        return problem;
    }
}
