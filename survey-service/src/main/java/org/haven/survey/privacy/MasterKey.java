package org.haven.survey.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key that wraps every participant's data key: 256 bits, Base64, from the environment
 * ({@code HAVEN_PRIVACY_MASTER_KEY}). The embedded demo without one generates a key file in its data folder,
 * readable by the owner only; a deployment sets the variable and keeps the key apart from the database.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    private MasterKey() {
    }

    public static SecretKey resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            log.info("Master key: from the setting haven.privacy.master-key (HAVEN_PRIVACY_MASTER_KEY). Keep a copy"
                    + " of it apart from the database and its backups: without it the contact data cannot be read,"
                    + " and whoever has both can read it.");
            return key(Base64.getDecoder().decode(configured.strip()), "haven.privacy.master-key");
        }
        Path file = dataDir.resolve("master-key").toAbsolutePath().normalize();
        if (KeyFile.read(file).isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            KeyFile.create(file, Base64.getEncoder().encodeToString(fresh));
            log.warn("No master key configured (HAVEN_PRIVACY_MASTER_KEY): generated one. Set the variable in any"
                    + " real deployment.");
        }
        // said at every start: the file is easy to lose with the folder, or to back up together with the database
        log.warn("Master key: the file {}. Back it up apart from the database and its backups: without it the contact"
                + " data cannot be read, and whoever has both can read it.", file);
        return key(Base64.getDecoder().decode(KeyFile.read(file).orElseThrow()), file.getFileName().toString());
    }

    private static SecretKey key(byte[] bytes, String source) {
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes (256 bits) in Base64, got " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
