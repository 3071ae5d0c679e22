package org.haven.survey.console;

import org.haven.survey.access.SteppingClock;
import org.haven.survey.it.ServiceTestSupport;
import org.haven.survey.it.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service for the console tests (one Spring context for all of them): the integration tests' researcher and
 * an ADMIN from the configuration, behind a trusted proxy ({@code server.forward-headers-strategy=native}: Tomcat
 * trusts a proxy on loopback) so that {@code X-Forwarded-For} stands for the browser's address; the service's
 * clock stands still until a test moves it (session and token expiry).
 */
@Import(ConsoleTestSupport.ConsoleClock.class)
abstract class ConsoleTestSupport extends ServiceTestSupport {

    // whole milliseconds: the database keeps microseconds, and a rounded-up instant would move the test's boundaries
    static final SteppingClock CLOCK = new SteppingClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @TestConfiguration
    static class ConsoleClock {
        @Bean
        @Primary
        Clock steppingClock() {
            return CLOCK;
        }
    }

    static final String ADMIN = "it-admin";
    static final String ADMIN_PASSWORD = "admin password of the console tests";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
        // cost 4 keeps the tests quick; accounts created in the console are hashed at the same cost
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD);
        registry.add("haven.security.researchers[1].name", () -> ADMIN);
        registry.add("haven.security.researchers[1].password", () -> hash);
        registry.add("haven.security.researchers[1].roles[0]", () -> "RESEARCHER");
        registry.add("haven.security.researchers[1].roles[1]", () -> "ADMIN");
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    /** A name no earlier run used: the test database outlives the runs. */
    static String newName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long count(String sql, Object... args) {
        Long count = new JdbcTemplate(dataSource).queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    static final String PASSWORD_OF_NEW_ACCOUNTS = "a researcher's own password";

    /** An account created by the ADMIN whose first password has been changed to {@link #PASSWORD_OF_NEW_ACCOUNTS}. */
    String newAccount(String prefix) {
        String name = newName(prefix);
        String first = "first password from the admin";
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD, "192.0.2.99");
        assertThat(admin.submit("/console/accounts", "/console/accounts",
                Map.of("name", name, "role", "RESEARCHER", "password", first)).statusCode()).isEqualTo(200);
        ConsoleClient researcher = signedIn(name, first, "192.0.2.98");
        assertThat(researcher.submit("/console/password", "/console/password", Map.of("current", first,
                "password", PASSWORD_OF_NEW_ACCOUNTS, "repeated", PASSWORD_OF_NEW_ACCOUNTS)).statusCode()).isEqualTo(302);
        return name;
    }

    ConsoleClient signedIn(String name, String password, String address) {
        ConsoleClient client = new ConsoleClient(port(), address);
        HttpResponse<String> signIn = client.signIn(name, password);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        return client;
    }
}
