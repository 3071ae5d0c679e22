package org.haven.survey.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * After answering a request whose body was refused (413 too large, 415 unsupported type) Tomcat would still read
 * the rest of that body, up to {@code server.tomcat.max-swallow-size}, to keep the connection open for the next
 * request. A refused body is not wanted at all: the connection is closed instead, so the refusal costs the
 * server only what it read before answering.
 */
@Configuration(proxyBeanMethods = false)
class RefusedBodies {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> closeAfterRefusedBodies() {
        return factory -> factory.addContextValves(new CloseAfterRefusal());
    }

    static final class CloseAfterRefusal extends ValveBase {

        CloseAfterRefusal() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            int status = response.getStatus();
            if (status == HttpStatus.PAYLOAD_TOO_LARGE.value() || status == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
