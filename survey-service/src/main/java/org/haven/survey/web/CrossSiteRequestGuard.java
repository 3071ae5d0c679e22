package org.haven.survey.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import java.util.Set;

/**
 * A browser sends a researcher's remembered HTTP Basic credentials with a request another site's page started, and
 * a form or {@code text/plain} post needs no permission from us (no CORS preflight). So a state-changing API request
 * is refused (403) when the browser says it came from another origin ({@code Origin}, {@code Sec-Fetch-Site}), and
 * with 415 when it carries one of those cross-site-capable types, which no API endpoint takes: JSON and CSV trigger
 * a preflight that this service never grants. Clients that are not browsers (curl, scripts) send no {@code Origin}
 * and are unaffected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The content types a page on any site may send without a CORS preflight. */
    private static final List<MediaType> SIMPLE_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    private final ObjectMapper json;

    public CrossSiteRequestGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ((origin != null && !origin.equalsIgnoreCase(ownOrigin(request)))
                || (fetchSite != null && !Set.of("same-origin", "none").contains(fetchSite.toLowerCase(Locale.ROOT)))) {
            FilterProblems.refuse(json, request, response, HttpStatus.FORBIDDEN, "Cross-site request refused",
                    "a request started by a page of another site (" + (origin == null ? "Sec-Fetch-Site " + fetchSite
                            : "Origin " + origin) + ") may not change anything here");
            return;
        }
        if (simpleType(request.getContentType())) {
            FilterProblems.refuse(json, request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "Content-Type '" + request.getContentType() + "' is not accepted by the API; send "
                            + "application/json (text/csv for an import), or no Content-Type for a request without body");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static boolean simpleType(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return SIMPLE_TYPES.stream().anyMatch(type::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException malformed) {
            return true;
        }
    }
}
