package org.haven.survey.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates participant requests by their bearer token. An unknown, revoked or malformed token simply
 * leaves the request unauthenticated (401), without saying whether such a participant exists.
 */
class ParticipantTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ParticipantTokens tokens;

    ParticipantTokenFilter(ParticipantTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(BEARER)) {
            tokens.holderOf(header.substring(BEARER.length()).strip()).ifPresent(holder -> {
                var authentication = new UsernamePasswordAuthenticationToken(holder,
                        null, AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT"));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            });
        }
        chain.doFilter(request, response);
    }
}
