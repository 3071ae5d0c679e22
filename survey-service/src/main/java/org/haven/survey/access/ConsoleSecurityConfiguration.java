package org.haven.survey.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.web.ContentSecurityPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.io.IOException;
import java.time.Clock;

/**
 * The researcher console ({@code /console}): a browser session of its own ({@link ConsoleSessions}, cookie
 * {@code HAVEN_CONSOLE}), never the participant pages' session cookie ({@code sid}) nor their security context. The sign-in
 * form is the only page open to all; nothing is stored for a visitor before a sign-in succeeds (the CSRF token
 * lives in an HttpOnly, SameSite=Strict cookie of its own); every form carries the CSRF token; accounts pages need
 * ADMIN. The sign-in is throttled with the API's rules, sharing their counts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ConsoleSecurityConfiguration {

    static final String CSRF_COOKIE = "HAVEN_CONSOLE_CSRF";
    static final String SIGN_IN = "/console/sign-in";
    /** The page a refused request is shown (403): a role that does not allow it, or a form without its CSRF token. */
    static final String NOT_ALLOWED = "/console/not-allowed";

    @Bean
    ConsoleSessions consoleSessions(JdbcTemplate jdbc, ResearcherAccountBook accounts, Clock clock) {
        return new ConsoleSessions(jdbc, accounts, clock);
    }

    @Bean
    ConsoleSignIn consoleSignIn(ResearcherAccountBook accounts, SignInThrottle throttle, AccountAudit audit) {
        return new ConsoleSignIn(new ThrottledSignIn(accounts.passwords(true), throttle), accounts, audit);
    }

    @Bean
    @Order(0)
    SecurityFilterChain console(HttpSecurity http, ConsoleSessions sessions) throws Exception {
        return http.securityMatcher("/console", "/console/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, NOT_ALLOWED).permitAll()
                        .requestMatchers("/console/accounts", "/console/accounts/**")
                        .hasRole(ResearcherRole.ADMIN.name())
                        .anyRequest().hasAnyRole(ResearcherRole.RESEARCHER.name(), ResearcherRole.ADMIN.name()))
                .securityContext(context -> context.securityContextRepository(sessions))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ConsoleSecurityConfiguration::toSignIn)
                        .accessDeniedHandler(notAllowedPage()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.DIRECTIVES))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException notSignedIn) throws IOException {
        response.sendRedirect(request.getContextPath() + SIGN_IN);
    }

    private static AccessDeniedHandlerImpl notAllowedPage() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(NOT_ALLOWED);
        return handler;
    }

    /** Path /console: the console's CSRF cookie never travels to the participant pages, nor theirs here. */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(CSRF_COOKIE);
        repository.setCookiePath("/console");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        return repository;
    }
}
