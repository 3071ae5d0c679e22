package org.haven.survey.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final String A = "203.0.113.1";
    private static final String B = "198.51.100.2";

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(ThrottleSettings.defaults(), clock);

    @Test
    void five_failures_block_the_account_at_that_address_only() {
        fail("dr.morgan", A, 4);
        assertThat(throttle.blocked("dr.morgan", A)).isEmpty();

        fail("dr.morgan", A, 1);

        assertThat(throttle.blocked("dr.morgan", A)).contains(Duration.ofMinutes(1));
        assertThat(throttle.blocked("dr.morgan", B)).as("the same account from elsewhere").isEmpty();
        assertThat(throttle.blocked("dr.berg", A)).as("another account from the same address").isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_block_every_name_and_token_from_it() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess-" + (i % 5), A);
        }
        assertThat(throttle.blocked("dr.morgan", A)).isEmpty();

        throttle.failed(A);

        assertThat(throttle.blocked("dr.morgan", A)).contains(Duration.ofMinutes(1));
        assertThat(throttle.blocked(A)).contains(Duration.ofMinutes(1));
        assertThat(throttle.blocked(B)).isEmpty();
    }

    @Test
    void a_success_clears_the_accounts_failures_but_not_the_addresss() {
        fail("dr.morgan", A, 4);
        throttle.succeeded("dr.morgan", A);
        fail("dr.morgan", A, 4);
        assertThat(throttle.blocked("dr.morgan", A)).isEmpty();

        // 4 + 4 from A so far: a valid account must not let its holder guess on without end.
        for (int i = 0; i < 12; i++) {
            throttle.failed("someone-" + i, A);
        }

        assertThat(throttle.blocked("dr.morgan", A)).isPresent();
    }

    @Test
    void names_that_differ_only_in_case_count_as_one_account() {
        fail("Dr.Morgan", A, 2);
        fail("DR.MORGAN", A, 2);
        fail("dr.morgan", A, 1);

        assertThat(throttle.blocked("dr.Morgan", A)).isPresent();
    }

    @Test
    void the_block_ends_after_its_time_and_doubles_while_the_failures_go_on_up_to_fifteen_minutes() {
        fail("dr.morgan", A, 5);
        assertThat(throttle.blocked("dr.morgan", A)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.blocked("dr.morgan", A)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked("dr.morgan", A)).isEmpty();

        // Every further failure while the earlier ones are still in the window blocks again, twice as long.
        for (long minutes : new long[] {2, 4, 8, 15, 15}) {
            fail("dr.morgan", A, 1);
            Duration block = throttle.blocked("dr.morgan", A).orElseThrow();
            assertThat(block).isEqualTo(Duration.ofMinutes(minutes));
            clock.advance(block);
        }
    }

    @Test
    void failures_spread_over_more_than_the_window_never_block() {
        for (int i = 0; i < 10; i++) {
            fail("dr.morgan", A, 1);
            clock.advance(Duration.ofMinutes(4));
        }

        assertThat(throttle.blocked("dr.morgan", A)).isEmpty();
    }

    @Test
    void a_quiet_window_after_a_block_forgets_it() {
        fail("dr.morgan", A, 5);
        clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(15)));

        fail("dr.morgan", A, 5);

        assertThat(throttle.blocked("dr.morgan", A)).as("a first block again, not a doubled one")
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void an_attacker_rotating_names_fills_no_more_than_the_bound_and_stays_blocked() {
        var bounded = new SignInThrottle(new ThrottleSettings(null, null, null, null, null, 100), clock);

        for (int i = 0; i < 10_000; i++) {
            bounded.failed("name-" + i + "-" + "x".repeat(i % 300), A);
        }

        assertThat(bounded.tracked()).isLessThanOrEqualTo(100);
        assertThat(bounded.blocked("dr.morgan", A)).isPresent();
    }

    @Test
    void expired_keys_make_room_as_new_failures_arrive() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("name-" + i, "192.0.2." + i);
        }
        assertThat(throttle.tracked()).isEqualTo(100);
        clock.advance(Duration.ofMinutes(15));

        for (int i = 0; i < 50; i++) {
            throttle.failed("192.0.2." + i);
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(50);
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }
}
