package org.haven.survey.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Two kinds of callers: participants with their personal bearer token (only {@code /api/participant/**},
 * only their own data), and researchers with a name and password from configuration (HTTP Basic, the rest
 * of {@code /api}). The API is never open; only the API documentation and health are public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ResearcherAccounts.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain participantApi(HttpSecurity http, ParticipantTokens tokens, ObjectMapper json) throws Exception {
        return stateless(http)
                .securityMatcher("/api/participant/**")
                .addFilterBefore(new ParticipantTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PARTICIPANT"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(json,
                        "a valid personal participant token is required (Authorization: Bearer <token>)",
                        "Bearer")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain researcherApi(HttpSecurity http, ObjectMapper json) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(json,
                "researcher credentials are required (HTTP Basic)", "Basic realm=\"haven\"");
        return stateless(http)
                .securityMatcher("/api/**")
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/studies/*/participants/*/erasure").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("RESEARCHER", "ADMIN"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return stateless(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService researchers(ResearcherAccounts accounts, PasswordEncoder encoder) {
        List<UserDetails> users = accounts.researchers().stream()
                .map(account -> researcher(account.name(), requireHash(account), account.roles()))
                .toList();
        if (users.isEmpty()) {
            String password = randomPassword();
            log.warn("No researcher account is configured (haven.security.researchers): created 'researcher' "
                    + "with the one-time password {}", password);
            users = List.of(researcher("researcher", encoder.encode(password), List.of("RESEARCHER")));
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        // Token and Basic credentials travel with every request: no session, hence no CSRF exposure.
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    private static UserDetails researcher(String name, String passwordHash, List<String> roles) {
        return User.withUsername(name).password(passwordHash).roles(roles.toArray(String[]::new)).build();
    }

    private static String requireHash(ResearcherAccounts.Account account) {
        if (account.name() == null || account.name().isBlank()) {
            throw new IllegalStateException("haven.security.researchers: an account has no name");
        }
        if (account.password() == null || !account.password().startsWith("{")) {
            throw new IllegalStateException("haven.security.researchers: the password of '" + account.name()
                    + "' must be an encoded hash such as {bcrypt}$2a$10$..., never plain text");
        }
        return account.password();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
