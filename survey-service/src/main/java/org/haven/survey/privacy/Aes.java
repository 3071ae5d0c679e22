package org.haven.survey.privacy;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/** AES-256-GCM with a random 96-bit nonce and associated data that binds a ciphertext to its owner. */
final class Aes {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes() {
    }

    static byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    static byte[] encrypt(SecretKey key, byte[] nonce, byte[] associated, byte[] plaintext) {
        return run(Cipher.ENCRYPT_MODE, key, nonce, associated, plaintext);
    }

    /** Throws {@link GeneralSecurityException} (wrapped) when the key, nonce, data or owner do not match. */
    static byte[] decrypt(SecretKey key, byte[] nonce, byte[] associated, byte[] ciphertext) {
        return run(Cipher.DECRYPT_MODE, key, nonce, associated, ciphertext);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("AES-GCM " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
                    + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    static final class CryptoException extends RuntimeException {
        CryptoException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
