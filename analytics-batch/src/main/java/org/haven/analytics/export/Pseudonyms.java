package org.haven.analytics.export;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * pid = the first 16 lowercase hex characters of HMAC-SHA-256(export key, participant id) (docs/data-formats.md).
 * Without the key a pid cannot be linked back to a participant id, and pids of different keys do not match.
 */
public final class Pseudonyms {

    private final SecretKeySpec key;
    private final Map<String, String> remembered;

    public Pseudonyms(byte[] exportKey) {
        this(new SecretKeySpec(exportKey, "HmacSHA256"), null);
    }

    private Pseudonyms(SecretKeySpec key, Map<String, String> remembered) {
        this.key = key;
        this.remembered = remembered;
    }

    /**
     * The same pseudonyms, each computed once and then shared: a run asks for every participant's pid once per
     * submission and once per set of dates, and a shared string is also held once. Not thread-safe.
     */
    public Pseudonyms remembering() {
        return new Pseudonyms(key, new HashMap<>());
    }

    public String of(String participantId) {
        return remembered == null ? compute(participantId) : remembered.computeIfAbsent(participantId, this::compute);
    }

    private String compute(String participantId) {
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
