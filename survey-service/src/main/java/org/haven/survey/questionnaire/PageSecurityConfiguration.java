package org.haven.survey.questionnaire;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The participant pages, unlike the API, live in a browser session (an HttpOnly, SameSite=Strict cookie, see
 * application.yml), so they get Spring Security's CSRF protection. Who the participant is comes from
 * {@link PageSessions}, checked by each page, not from a Spring Security login: there is no password to ask.
 * Nothing creates a session before a personal token was exchanged for one: the CSRF token lives in a cookie
 * (and in the page's meta tags), so anonymous visitors of {@code /p} leave no state on the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurityConfiguration {

    static final String CSRF_COOKIE = "HAVEN_CSRF";

    static final String[] PAGES = {"/p", "/p/**", "/questionnaire", "/questionnaire/**", "/withdrawal",
            "/withdrawal/**", "/assets/**"};

    /** Everything the pages use is served by the service itself: no inline script, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain participantPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(PAGES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
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
