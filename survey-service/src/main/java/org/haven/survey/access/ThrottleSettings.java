package org.haven.survey.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How failed sign-ins and token guesses are throttled ({@code haven.security.throttle.*}): after
 * {@code accountAddressFailures} failures for one account from one client address, or {@code addressFailures}
 * from one address whatever the account, within {@code window}, that pair or address is refused for
 * {@code firstBlock}, doubled on every further block up to {@code maxBlock}. {@code maxTracked} bounds the
 * memory: the number of pairs and addresses remembered at once.
 */
@ConfigurationProperties("haven.security.throttle")
public record ThrottleSettings(Integer accountAddressFailures, Integer addressFailures, Duration window,
                               Duration firstBlock, Duration maxBlock, Integer maxTracked) {

    public ThrottleSettings {
        accountAddressFailures = positive(accountAddressFailures, 5, "account-address-failures");
        addressFailures = positive(addressFailures, 20, "address-failures");
        window = positive(window, Duration.ofMinutes(15), "window");
        firstBlock = positive(firstBlock, Duration.ofMinutes(1), "first-block");
        maxBlock = positive(maxBlock, Duration.ofMinutes(15), "max-block");
        maxTracked = positive(maxTracked, 50_000, "max-tracked");
        if (maxBlock.compareTo(firstBlock) < 0) {
            throw new IllegalStateException("haven.security.throttle.max-block must not be shorter than first-block");
        }
    }

    /** The defaults: 5 per account and address, 20 per address, in 15 minutes; blocks of 1 doubling to 15 minutes. */
    public static ThrottleSettings defaults() {
        return new ThrottleSettings(null, null, null, null, null, null);
    }

    private static Integer positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalStateException("haven.security.throttle." + name + " must be at least 1, not " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("haven.security.throttle." + name + " must be positive, not " + value);
        }
        return value;
    }
}
