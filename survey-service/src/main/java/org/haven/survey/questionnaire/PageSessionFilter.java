package org.haven.survey.questionnaire;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.ParticipantPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Turns the page session's token reference into an authenticated participant for this one request, so the page
 * handlers receive the participant and the chain's rules turn everyone else away. It never creates a session
 * and stores nothing in one: the reference is checked again on every request, as a re-issued or erased
 * participant's open page must stop working at once.
 */
class PageSessionFilter extends OncePerRequestFilter {

    private final PageSessions sessions;

    PageSessionFilter(PageSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the link exchange and the static files need no participant: no database read for them
        String path = request.getServletPath();
        return path.equals("/p") || path.startsWith("/p/") || path.startsWith("/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sessions.participant(request).ifPresent(row -> {
            ParticipantPrincipal me = new ParticipantPrincipal(row.participantId(), row.studyId(), row.enrolledAt(),
                    row.status().name());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null,
                    AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT")));
            SecurityContextHolder.setContext(context);
        });
        chain.doFilter(request, response);
    }
}
