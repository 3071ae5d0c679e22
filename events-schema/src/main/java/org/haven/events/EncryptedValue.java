package org.haven.events;

import java.util.Arrays;
import java.util.Objects;

/**
 * A personal field as it travels in an event: AES-GCM ciphertext under the participant's own data key,
 * which lives outside the event log. Destroying the key makes the value unreadable (crypto-shredding).
 * Bytes travel as Base64 in JSON.
 */
public record EncryptedValue(String keyId, byte[] nonce, byte[] ciphertext) {

    public EncryptedValue {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("an encrypted value needs the id of its key");
        }
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedValue that
                && keyId.equals(that.keyId)
                && Arrays.equals(nonce, that.nonce)
                && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * keyId.hashCode() + Arrays.hashCode(nonce)) + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        // Never print ciphertext into logs: it is personal data, if unreadable.
        return "EncryptedValue[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
