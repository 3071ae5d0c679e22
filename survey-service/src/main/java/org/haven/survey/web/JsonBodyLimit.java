package org.haven.survey.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses JSON bodies above {@code haven.api.max-json-bytes} with 413 before anything parses them: Tomcat limits
 * only form posts, so without this a client could make the service buffer any amount of JSON. A declared length
 * is checked up front; a chunked body is counted while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class JsonBodyLimit extends OncePerRequestFilter {

    /** Thrown while reading a chunked body past the limit; {@link ApiExceptionHandler} answers 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super(message(limit));
        }
    }

    private final long maxBytes;

    public JsonBodyLimit(@Value("${haven.api.max-json-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static String message(long limit) {
        return "the request body is larger than the limit of " + limit + " bytes";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + message(maxBytes) + "\",\"instance\":\""
                    + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
