package org.haven.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.problem.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 7807 problem detail whose {@code errors} name the field and the problem, so a
 * client (or a participant's page) can point at what to fix.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedException rejection) {
        HttpStatus status = statusOf(rejection);
        return problem(status, titleOf(status), rejection.getMessage(), rejection.violations());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException missing) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "no such study or participant", List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException conflict) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "the same record was changed at the same moment by another request; send it again", List.of());
    }

    /** Anything unforeseen: a generic 500 whose correlation id leads to the logged exception. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ServerErrors.logged(HttpStatus.INTERNAL_SERVER_ERROR, request.getMethod(),
                        request.getRequestURI(), failure));
    }

    /** Spring's own 5xx answers (e.g. a missing path variable) get the same generic body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError() && request instanceof ServletWebRequest servlet) {
            body = ServerErrors.logged(statusCode, servlet.getRequest().getMethod(),
                    servlet.getRequest().getRequestURI(), ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type '" + ex.getContentType() + "'";
        String supported = ex.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(" or "));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                sent + " is not accepted here; send " + (supported.isEmpty() ? "another type" : supported));
        body.setTitle("Unsupported Media Type");
        return handleExceptionInternal(ex, body, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (ex.getCause() instanceof BoundedRequest.BodyTooLargeException tooLarge) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
            body.setTitle("Content Too Large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(body);
        }
        Violation violation = UnreadableJson.describe(ex.getCause());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violation.field().isEmpty() ? violation.message() : violation.field() + ": " + violation.message());
        body.setTitle("Malformed request");
        body.setProperty("errors", List.of(violation));
        return ResponseEntity.badRequest().body(body);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         List<Violation> violations) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!violations.isEmpty()) {
            body.setProperty("errors", violations);
        }
        return ResponseEntity.status(status).body(body);
    }

    private static HttpStatus statusOf(RejectedException rejection) {
        if (rejection instanceof InvalidInputException) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        if (rejection instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (rejection instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (rejection instanceof NotAllowedException) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private static String titleOf(HttpStatus status) {
        return switch (status) {
            case UNPROCESSABLE_ENTITY -> "Invalid input";
            case CONFLICT -> "Conflict";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Not allowed";
            default -> status.getReasonPhrase();
        };
    }
}
