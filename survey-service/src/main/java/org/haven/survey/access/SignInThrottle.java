package org.haven.survey.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Throttles every way a caller proves who they are: researcher passwords (per account and client address, and
 * per address) and participant token guesses (a token names no account: per address only). A blocked caller is
 * refused before anything is checked. An account as such is never locked: someone else's failures from another
 * address cannot keep a researcher out.
 *
 * <p>Counts live in this instance's memory, in a map bounded to {@code maxTracked} keys: only failures add
 * keys, the least recently touched key goes first, and expired keys are dropped as new ones arrive, so an
 * attacker rotating names cannot grow it without bound.
 */
public class SignInThrottle {

    /** Longer names and addresses are kept as their SHA-256, so a long made-up name costs no more memory. */
    private static final int MAX_KEY_PART = 100;
    private static final int EXPIRED_CHECKED_PER_FAILURE = 4;

    private final ThrottleSettings settings;
    private final Clock clock;
    private final long window;
    private final Map<Key, FailureRecord> records;

    /** An address alone ({@code account} null), or an account at an address. */
    private record Key(String address, String account) {
    }

    public SignInThrottle(ThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.window = settings.window().toMillis();
        this.records = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FailureRecord> eldest) {
                return size() > settings.maxTracked();
            }
        };
    }

    /** How long a researcher's sign-in from this address must wait, if the pair or the address is blocked. */
    public Optional<Duration> blocked(String account, String address) {
        return longer(blocked(pairKey(account, address)), blocked(addressKey(address)));
    }

    /** How long token guesses from this address must wait, if it is blocked. */
    public Optional<Duration> blocked(String address) {
        return blocked(addressKey(address));
    }

    public synchronized void failed(String account, String address) {
        fail(pairKey(account, address), settings.accountAddressFailures());
        fail(addressKey(address), settings.addressFailures());
    }

    public synchronized void failed(String address) {
        fail(addressKey(address), settings.addressFailures());
    }

    /**
     * A correct password clears that account's failures from that address. The address keeps its count: else one
     * valid account would let its holder guess other accounts' passwords without end.
     */
    public synchronized void succeeded(String account, String address) {
        records.remove(pairKey(account, address));
    }

    synchronized int tracked() {
        return records.size();
    }

    private synchronized Optional<Duration> blocked(Key key) {
        FailureRecord record = records.get(key);
        if (record == null) {
            return Optional.empty();
        }
        Duration remaining = record.remaining(clock.millis());
        return remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    private void fail(Key key, int threshold) {
        long now = clock.millis();
        dropExpired(now);
        FailureRecord record = records.get(key);
        if (record == null || record.expired(now, window)) {
            record = new FailureRecord(threshold);
            records.put(key, record);
        }
        record.failed(now, window, settings.firstBlock(), settings.maxBlock());
    }

    /** The least recently touched keys come first: a few are checked per failure, which keeps the map tidy. */
    private void dropExpired(long now) {
        Iterator<FailureRecord> oldest = records.values().iterator();
        for (int i = 0; i < EXPIRED_CHECKED_PER_FAILURE && oldest.hasNext(); i++) {
            if (oldest.next().expired(now, window)) {
                oldest.remove();
            }
        }
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static Key pairKey(String account, String address) {
        // Account names are matched ignoring case (InMemoryUserDetailsManager), so their failures count together.
        return new Key(bounded(address), bounded(account == null ? "" : account.toLowerCase(Locale.ROOT)));
    }

    private static Key addressKey(String address) {
        return new Key(bounded(address), null);
    }

    private static String bounded(String part) {
        if (part == null) {
            return "";
        }
        return part.length() <= MAX_KEY_PART ? part : "sha256:" + sha256(part);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
