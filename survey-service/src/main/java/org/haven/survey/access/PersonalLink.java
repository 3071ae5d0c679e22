package org.haven.survey.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The links a participant is given: {@code <public-url>/p#<token>} for the questionnaire and
 * {@code <public-url>/p/stop#<token>} to stop the e-mails. The token goes in the fragment, which browsers never
 * send to a server, so it stays out of access logs and proxies (see the questionnaire pages).
 * <p>
 * Every link is built from {@code haven.public-url}: a host taken from the request would be whatever address the
 * researcher happened to reach the service on, and a mail sent by the contact engine has no request at all.
 * Without the setting, links in API answers fall back to the request's address (a warning at start-up says so).
 */
@Component
public class PersonalLink {

    public static final String SETTING = "haven.public-url (HAVEN_PUBLIC_URL)";
    private static final Logger log = LoggerFactory.getLogger(PersonalLink.class);

    private final String base;

    public PersonalLink(@Value("${haven.public-url:}") String publicUrl) {
        this.base = normalized(publicUrl);
        if (base == null) {
            log.warn("{} is not set: personal links in API answers use the address each request came in on;"
                    + " set it to the address participants reach the service at", SETTING);
        }
    }

    /** The configured public address without a trailing slash, if any. */
    public Optional<String> publicUrl() {
        return Optional.ofNullable(base);
    }

    public String forToken(String token) {
        return base() + "/p#" + token;
    }

    /** The one-click link that stops the contact e-mails (the participant can still answer through their link). */
    public String stopEmails(String token) {
        return base() + "/p/stop#" + token;
    }

    private String base() {
        if (base != null) {
            return base;
        }
        if (RequestContextHolder.getRequestAttributes() == null) {
            throw new IllegalStateException(SETTING + " is not set, and a link built outside a request has no"
                    + " address to take");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    static String normalized(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        String url = publicUrl.strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw invalid("must start with https:// (or http://)");
        }
        if (uri.getHost() == null) {
            throw invalid("has no host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid("must not carry a query, a fragment or a user name");
        }
        return url.replaceAll("/+$", "");
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException(SETTING + " " + problem
                + "; set it to the address participants open, e.g. https://haven.example.org");
    }
}
