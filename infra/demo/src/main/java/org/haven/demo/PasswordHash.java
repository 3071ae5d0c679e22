package org.haven.demo;

import org.springframework.security.crypto.bcrypt.BCrypt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The bcrypt hash of the demo's researcher password, read from standard input, in the
 * {@code haven.security.researchers[0].password} form. Cost 4 instead of the service's 12 (its
 * {@code --hash-password}): the service is stateless, so every researcher request verifies the hash, and the
 * demo makes one request per enrolled participant. A slow hash protects guessable passwords; this one is 144
 * random bits, lives for one run and is used on loopback only.
 */
final class PasswordHash {

    private static final int DEMO_COST = 4;

    private PasswordHash() {
    }

    static String fromStandardInput() throws IOException {
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 16) {
            throw new IllegalArgumentException("give a password of at least 16 characters on standard input");
        }
        return "{bcrypt}" + BCrypt.hashpw(password, BCrypt.gensalt(DEMO_COST));
    }
}
