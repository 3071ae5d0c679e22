package org.haven.survey.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Authenticates researcher API requests that carry a personal API token ({@code Authorization: Bearer}) as the
 * token's account, with its current roles. A revoked or expired token, or one whose account is disabled, is
 * answered 401 at once; every such token counts as a guess from the client's address, and a blocked address gets
 * 429 before any token is looked up, like the participants' tokens. Requests without a bearer token go on to
 * HTTP Basic unchanged.
 */
class ResearcherTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ResearcherTokens tokens;
    private final ResearcherAccountBook accounts;
    private final SignInThrottle throttle;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuthenticationEntryPoint entryPoint;

    ResearcherTokenFilter(ResearcherTokens tokens, ResearcherAccountBook accounts, SignInThrottle throttle,
                          ObjectMapper json, Clock clock, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.throttle = throttle;
        this.json = json;
        this.clock = clock;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        Optional<Duration> blocked = throttle.blocked(address);
        if (blocked.isPresent()) {
            TooManyAttempts.write(request, response, json, blocked.get());
            return;
        }
        Optional<ActiveAccount> account = tokens.accountFor(header.substring(BEARER.length()).strip(), clock.instant())
                .flatMap(accounts::active);
        if (account.isEmpty()) {
            throttle.failed(address);
            entryPoint.commence(request, response, new BadCredentialsException("not a valid API token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.get(), null,
                account.get().authorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
