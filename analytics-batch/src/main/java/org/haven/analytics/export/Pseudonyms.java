package org.haven.analytics.export;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * pid = the first 16 lowercase hex characters of HMAC-SHA-256(export key, participant id) (DESIGN section 6).
 * Without the key a pid cannot be linked back to a participant id, and pids of different keys do not match.
 */
public final class Pseudonyms {

    private final SecretKeySpec key;

    public Pseudonyms(byte[] exportKey) {
        this.key = new SecretKeySpec(exportKey, "HmacSHA256");
    }

    public String of(String participantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(participantId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
