package org.haven.survey.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Authenticates participant requests by their bearer token. An unknown, revoked or malformed token simply
 * leaves the request unauthenticated (401), without saying whether such a participant exists, and counts as a
 * guess from the client's address; an address with too many guesses gets 429 before any token is looked up,
 * a valid one included (else the difference between 429 and 200 would still confirm a guess).
 */
class ParticipantTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ParticipantTokens tokens;
    private final SignInThrottle throttle;
    private final ObjectMapper json;

    ParticipantTokenFilter(ParticipantTokens tokens, SignInThrottle throttle, ObjectMapper json) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(BEARER)) {
            String address = ClientAddress.of(request);
            Optional<Duration> blocked = throttle.blocked(address);
            if (blocked.isPresent()) {
                TooManyAttempts.write(request, response, json, blocked.get());
                return;
            }
            tokens.holderOf(header.substring(BEARER.length()).strip()).ifPresentOrElse(holder -> {
                var authentication = new UsernamePasswordAuthenticationToken(holder,
                        null, AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT"));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }, () -> throttle.failed(address));
        }
        chain.doFilter(request, response);
    }
}
