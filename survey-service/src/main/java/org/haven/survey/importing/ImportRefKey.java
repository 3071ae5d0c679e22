package org.haven.survey.importing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key of the HMAC that replaces a researcher's participant references. It is kept outside the database:
 * with it, anyone holding a dump could hash guessed references and find them.
 */
public final class ImportRefKey {

    private static final int MIN_BYTES = 16;
    private static final byte[] CHECK_MESSAGE = "haven import-ref-key check".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    private ImportRefKey(byte[] key) {
        this.key = key;
    }

    /** Reads a Base64 key; {@code source} names where it came from in the error. */
    public static ImportRefKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new ImportRefKeyException(source + " is not valid Base64",
                    "set it to the key in Base64, e.g. the output of: openssl rand -base64 32");
        }
        if (bytes.length < MIN_BYTES) {
            throw new ImportRefKeyException(source + " has " + bytes.length + " bytes; at least " + MIN_BYTES
                    + " are needed", "set it to a random key of 32 bytes in Base64, e.g. openssl rand -base64 32");
        }
        return new ImportRefKey(bytes);
    }

    static String generate() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return Base64.getEncoder().encodeToString(fresh);
    }

    boolean sameAs(ImportRefKey other) {
        return MessageDigest.isEqual(key, other.key);
    }

    /**
     * A value the database may keep to recognise this key without revealing it (an HMAC under the key), so an
     * instance started with another key refuses to start instead of missing every stored reference.
     */
    String checkValue() {
        return hmac(CHECK_MESSAGE);
    }

    /** HMAC-SHA-256(key, study id, 0, ref) in hex: what the import_ref table keeps instead of the reference. */
    String hash(String studyId, String ref) {
        byte[] study = studyId.getBytes(StandardCharsets.UTF_8);
        byte[] reference = ref.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[study.length + 1 + reference.length];
        System.arraycopy(study, 0, message, 0, study.length);
        System.arraycopy(reference, 0, message, study.length + 1, reference.length);
        return hmac(message);
    }

    /**
     * HMAC-SHA-256(key, "contact-address", 0, study id, 0, address) in hex: how the contact engine compares a study's
     * addresses without keeping them. The prefix keeps these hashes apart from the reference hashes.
     */
    public String addressHash(String studyId, String address) {
        return hmac(("contact-address\u0000" + studyId + "\u0000" + address).getBytes(StandardCharsets.UTF_8));
    }

    private String hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ImportRefKey[redacted]";
    }
}
