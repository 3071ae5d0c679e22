package org.haven.survey.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every request body, whatever its type, before anything reads it: a type the service never accepts is refused
 * with 415 and a body above {@code haven.api.max-json-bytes} with 413, both without reading the body. A chunked
 * body (no declared length) is counted while it is read. The CSV import is bounded by its controller, with its
 * own larger limit ({@code haven.import.max-bytes}). Each endpoint then names its exact type ({@code consumes}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimit extends OncePerRequestFilter {

    /** JSON (API and the pages' script), CSV (imports) and the pages' plain HTML forms; nothing else. */
    static final List<MediaType> ACCEPTED = List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("text/csv"),
            MediaType.APPLICATION_FORM_URLENCODED);

    private static final Pattern IMPORT = Pattern.compile("/api/studies/[^/]+/imports|/console/studies/[^/]+/imports");
    /** The console's file uploads (an instrument, an answers CSV, addresses to enroll): the only multipart bodies. */
    private static final Pattern CONSOLE_UPLOAD =
            Pattern.compile("/console/studies/[^/]+/(instruments|imports|participants/bulk)");

    private final long maxBytes;
    private final ObjectMapper json;

    public RequestBodyLimit(@Value("${haven.api.max-json-bytes}") long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    static String tooLarge(long limit) {
        return "the request body is larger than the limit of " + limit + " bytes";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!accepted(request.getContentType()) && !consoleUpload(request)) {
            String sent = request.getContentType() == null ? "a body without Content-Type"
                    : "Content-Type '" + request.getContentType() + "'";
            FilterProblems.refuse(json, request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    sent + " is not accepted; send application/json (text/csv for an import)");
            return;
        }
        if (IMPORT.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            FilterProblems.refuse(json, request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Content Too Large",
                    tooLarge(maxBytes));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new BoundedRequest(request, maxBytes) : request, response);
    }

    private static boolean consoleUpload(HttpServletRequest request) {
        return CONSOLE_UPLOAD.matcher(request.getRequestURI()).matches() && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean accepted(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return ACCEPTED.stream().anyMatch(type::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }
}
