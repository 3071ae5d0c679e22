package org.haven.survey.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * After answering a request whose body was refused (413 too large, 415 unsupported type) Tomcat would still read
 * the rest of that body, up to {@code server.tomcat.max-swallow-size}, to keep the connection open for the next
 * request. A refused body larger than {@code haven.api.max-json-bytes}, or chunked (of unknown length), is not
 * read: the connection is closed instead, so the refusal costs the server only what it read before answering.
 * A smaller one is still read and dropped: closing a connection with unread bytes resets it, and a client may
 * then lose the answer that explains the refusal.
 */
@Configuration(proxyBeanMethods = false)
class RefusedBodies {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> closeAfterRefusedBodies(
            @Value("${haven.api.max-json-bytes}") long maxBytes) {
        return factory -> factory.addContextValves(new CloseAfterRefusal(maxBytes));
    }

    static final class CloseAfterRefusal extends ValveBase {

        private final long maxBytes;

        CloseAfterRefusal(long maxBytes) {
            super(true);
            this.maxBytes = maxBytes;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            int status = response.getStatus();
            boolean refused = status == HttpStatus.PAYLOAD_TOO_LARGE.value()
                    || status == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
            boolean large = request.getContentLengthLong() > maxBytes
                    || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            if (refused && large) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
