package org.haven.survey.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.time.Clock;

/**
 * Two kinds of callers: participants with their personal bearer token (only {@code /api/participant/**},
 * only their own data), and researchers (the rest of {@code /api}) with a name and password (HTTP Basic; accounts
 * from the configuration or created in the console) or a personal API token ({@link ResearcherTokenFilter}).
 * The console has a chain of its own ({@link ConsoleSecurityConfiguration}). Which studies a researcher reaches is decided by {@link StudyAccess}; here only the
 * roles: erasure needs ADMIN. The API is never open; only the API documentation and health are public. Failed
 * sign-ins and token guesses are throttled by the {@link SignInThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** Erasure destroys data for good: the data protection officer's task, not every researcher's. */
    static final String[] ERASURE = {"/api/studies/*/participants/*/erasure", "/api/studies/*/participants/*/erasure/**"};

    @Bean
    @Order(1)
    SecurityFilterChain participantApi(HttpSecurity http, ParticipantTokens tokens, SignInThrottle throttle,
                                       ObjectMapper json) throws Exception {
        return stateless(http)
                .securityMatcher("/api/participant/**")
                .addFilterBefore(new ParticipantTokenFilter(tokens, throttle, json),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PARTICIPANT"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(json,
                        "a valid personal participant token is required (Authorization: Bearer <token>)",
                        "Bearer")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain researcherApi(HttpSecurity http, ObjectMapper json, ResearcherTokens tokens,
                                      ResearcherAccountBook accounts, SignInThrottle throttle, Clock clock)
            throws Exception {
        var entryPoint = new ThrottledEntryPoint(json, new ProblemAuthenticationEntryPoint(json,
                "researcher credentials are required (HTTP Basic, or Authorization: Bearer <API token>)",
                "Basic realm=\"haven\""));
        return stateless(http)
                .securityMatcher("/api/**")
                .addFilterBefore(new ResearcherTokenFilter(tokens, accounts, throttle, json, clock, entryPoint),
                        BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ERASURE).hasRole(ResearcherRole.ADMIN.name())
                        .anyRequest().hasAnyRole(ResearcherRole.RESEARCHER.name(), ResearcherRole.ADMIN.name()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(json)))
                .build();
    }

    /** Open to all, but a researcher's credentials (HTTP Basic) unlock the components and their details. */
    @Bean
    @Order(3)
    SecurityFilterChain health(HttpSecurity http, ObjectMapper json) throws Exception {
        // The same throttled sign-in as the API: a password guessed here counts and is blocked like one guessed there.
        var entryPoint = new ThrottledEntryPoint(json, new ProblemAuthenticationEntryPoint(json,
                "researcher credentials are required (HTTP Basic)", "Basic realm=\"haven\""));
        return stateless(http)
                .securityMatcher("/actuator/health", "/actuator/health/**")
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return stateless(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way researchers sign in, throttled; Spring Security builds its authentication manager from it. */
    @Bean
    AuthenticationProvider researcherSignIn(ResearcherAccountBook accounts, SignInThrottle throttle) {
        return new ThrottledSignIn(accounts.passwords(false), throttle);
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        // Token and Basic credentials travel with every request: no session, hence no CSRF exposure.
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
