package org.haven.survey.access;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The link a researcher sends a participant: {@code <service>/p#<token>}. The token goes in the fragment, which
 * browsers never send to a server, so it stays out of access logs and proxies (see the questionnaire pages).
 * Built from the current request's address; behind a proxy set {@code server.forward-headers-strategy}.
 */
public final class PersonalLink {

    private PersonalLink() {
    }

    public static String forToken(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/p").fragment(token).toUriString();
    }
}
