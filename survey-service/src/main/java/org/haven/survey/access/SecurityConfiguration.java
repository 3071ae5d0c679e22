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

/**
 * Two kinds of callers: participants with their personal bearer token (only {@code /api/participant/**},
 * only their own data), and researchers with a name and password from configuration (HTTP Basic, the rest
 * of {@code /api}). Which studies a researcher reaches is decided by {@link StudyAccess}; here only the
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
    SecurityFilterChain researcherApi(HttpSecurity http, ObjectMapper json) throws Exception {
        var entryPoint = new ThrottledEntryPoint(json, new ProblemAuthenticationEntryPoint(json,
                "researcher credentials are required (HTTP Basic)", "Basic realm=\"haven\""));
        return stateless(http)
                .securityMatcher("/api/**")
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
    AuthenticationProvider researcherSignIn(ResearcherAccounts accounts, PasswordEncoder encoder,
                                            SignInThrottle throttle) {
        return new ThrottledSignIn(new ResearcherPasswords(ResearcherUsers.from(accounts, encoder), encoder), throttle);
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        // Token and Basic credentials travel with every request: no session, hence no CSRF exposure.
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
