package org.haven.survey.privacy;

import org.haven.events.EncryptedValue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Encrypts a participant's personal fields (contact e-mail, free-text comments) before they enter any event,
 * under that participant's data key; the ciphertext is bound to the participant, so it cannot be passed off
 * as someone else's.
 */
public class FieldCipher {

    private final DataKeys keys;

    public FieldCipher(DataKeys keys) {
        this.keys = keys;
    }

    public EncryptedValue encrypt(String participantId, String plaintext) {
        DataKeys.DataKey key = keys.keyOf(participantId);
        byte[] nonce = Aes.nonce();
        byte[] ciphertext = Aes.encrypt(key.key(), nonce, DataKeys.owner(participantId, key.keyId()),
                plaintext.getBytes(StandardCharsets.UTF_8));
        return new EncryptedValue(key.keyId(), nonce, ciphertext);
    }

    /** The plaintext, or empty once the participant's key was destroyed (erasure). */
    public Optional<String> decrypt(String participantId, EncryptedValue value) {
        return keys.find(participantId)
                .filter(key -> key.keyId().equals(value.keyId()))
                .map(key -> new String(Aes.decrypt(key.key(), value.nonce(),
                        DataKeys.owner(participantId, key.keyId()), value.ciphertext()), StandardCharsets.UTF_8));
    }
}
