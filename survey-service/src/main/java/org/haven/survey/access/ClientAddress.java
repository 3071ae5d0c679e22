package org.haven.survey.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The address a request came from, as the throttle counts it: the connection's peer, or the address a proxy
 * forwarded when the service is configured to trust one ({@code server.forward-headers-strategy}); never a
 * forwarded header the configuration does not trust.
 */
public final class ClientAddress {

    /** Stands for the address of a sign-in that arrived without one (no web request behind it). */
    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        // With a forward-headers strategy set, Tomcat's RemoteIpValve or Spring's ForwardedHeaderFilter has
        // already replaced the peer address by the forwarded one here.
        return request.getRemoteAddr();
    }

    /** The address Spring Security recorded with an authentication request (HTTP Basic, form sign-in). */
    static String of(Object authenticationDetails) {
        return authenticationDetails instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : UNKNOWN;
    }
}
