package org.haven.survey.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** What a password set in the console must be, and the passwords the console generates. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without a word, so it is refused. */
    public static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " plain letters)");
        }
        return Optional.empty();
    }

    /** 144 random bits in 24 URL-safe characters. */
    public static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
