package org.haven.survey.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Answers what reaches the servlet container's error page (an exception thrown in a filter, a {@code sendError})
 * with a problem detail in place of Spring Boot's error map. A 5xx says only that it failed and gives a
 * correlation id that is logged with the exception; a 4xx only its status, never an exception's message.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer value ? value : 500);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            problem = ServerErrors.logged(status, request.getMethod(), path, failure);
        } else {
            problem = ProblemDetail.forStatus(status);
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        }
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException unusual) {
            // not a URI java.net accepts: leave the instance out
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
