package org.haven.survey.access;

import java.time.Duration;

/**
 * The recent failures of one key (an account at an address, or an address) and its block. Only the last
 * {@code threshold} failure times are kept: the key is blocked when the oldest of them still lies in the window.
 * Not thread-safe: {@link SignInThrottle} guards it.
 */
final class FailureRecord {

    private final long[] failures;
    private int next;
    private int count;
    private int blocks;
    private long blockedUntil;

    FailureRecord(int threshold) {
        this.failures = new long[threshold];
    }

    /**
     * Records a failure at {@code now} (epoch milliseconds). Reaching the threshold within the window blocks the
     * key. Once blocked, until a quiet window has passed, every further failure blocks it again for twice as long
     * as the block before, up to the longest.
     */
    void failed(long now, long window, Duration firstBlock, Duration maxBlock) {
        failures[next] = now;
        next = (next + 1) % failures.length;
        count = Math.min(count + 1, failures.length);
        long oldest = failures[count == failures.length ? next : 0];
        if (blocks > 0 || count == failures.length && now - oldest < window) {
            blocks++;
            blockedUntil = now + blockLength(blocks, firstBlock, maxBlock).toMillis();
        }
    }

    /** How long the key stays blocked from {@code now}; zero when it is not blocked. */
    Duration remaining(long now) {
        return blockedUntil > now ? Duration.ofMillis(blockedUntil - now) : Duration.ZERO;
    }

    /** Nothing left to remember: no block running, and a whole window since the last failure and the last block. */
    boolean expired(long now, long window) {
        long lastFailure = failures[(next + failures.length - 1) % failures.length];
        return now - Math.max(lastFailure, blockedUntil) >= window;
    }

    static Duration blockLength(int block, Duration firstBlock, Duration maxBlock) {
        // Doubling stops long before an overflow could: 2^20 first blocks exceed any sensible maximum.
        Duration length = firstBlock.multipliedBy(1L << Math.min(block - 1, 20));
        return length.compareTo(maxBlock) > 0 ? maxBlock : length;
    }
}
