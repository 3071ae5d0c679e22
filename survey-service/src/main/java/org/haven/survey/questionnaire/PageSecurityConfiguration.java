package org.haven.survey.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.web.ContentSecurityPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.net.URI;

/**
 * The participant pages, unlike the API, live in a browser session (an HttpOnly, SameSite=Strict cookie, see
 * application.yml), so they get Spring Security's CSRF protection. Who the participant is comes from
 * {@link PageSessions}: {@link PageSessionFilter} authenticates each request whose session holds a valid token
 * reference (there is no password to ask), handlers receive the participant, and a page without one redirects
 * to the same "link not valid" page as an unknown link (the answers' JSON post gets a 401 problem instead).
 * Nothing creates a session before a personal token was exchanged for one: the CSRF token lives in a cookie
 * (and in the page's meta tags), so anonymous visitors of {@code /p} leave no state on the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurityConfiguration {

    /** Neutral, like the session cookie's name: a look at the browser's cookies must not name the study. */
    static final String CSRF_COOKIE = "xsrf";

    private static final RequestMatcher ANSWERS = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/questionnaire/answers");

    static final String[] PAGES = {"/p", "/p/**", "/questionnaire", "/questionnaire/**", "/withdrawal",
            "/withdrawal/**", "/assets/**"};

    static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.DIRECTIVES;

    @Bean
    @Order(0)
    SecurityFilterChain participantPages(HttpSecurity http, PageSessions sessions, ObjectMapper json) throws Exception {
        return http.securityMatcher(PAGES)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/p", "/p/**", "/assets/**").permitAll()
                        .anyRequest().hasRole("PARTICIPANT"))
                .addFilterBefore(new PageSessionFilter(sessions), AnonymousAuthenticationFilter.class)
                // the participant is read from the page session on every request, never saved anywhere
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(sessionEnded(json), ANSWERS)
                        .defaultAuthenticationEntryPointFor(PageSecurityConfiguration::linkNotValid,
                                AnyRequestMatcher.INSTANCE))
                // The participant is authenticated anew on every request (above), which must not count as a
                // sign-in: that would change the session id and replace the CSRF token on each request, and the
                // token in an open page (which saves its draft in the background) would stop working. The link
                // exchange changes the session id itself (PageSessions).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        // Spring Security's default cache headers (no-cache, no-store, max-age=0, must-revalidate)
                        // stay on: no page or draft may be kept in the browser's HTTP cache
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** The page's script posts its answers as JSON and shows a problem detail, not a page. */
    private static AuthenticationEntryPoint sessionEnded(ObjectMapper json) {
        return (request, response, notSignedIn) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "your session has ended; open your personal link again");
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        };
    }

    /** Without a valid page session every page says the same as an unknown link. */
    private static void linkNotValid(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException notSignedIn) throws IOException {
        response.sendRedirect(request.getContextPath() + "/p/not-valid");
    }

    /** HttpOnly: the script reads the token from the page, never from the cookie. */
    static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(CSRF_COOKIE);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        return repository;
    }
}
