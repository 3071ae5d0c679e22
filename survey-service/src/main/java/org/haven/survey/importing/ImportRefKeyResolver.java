package org.haven.survey.importing;

import org.haven.survey.privacy.KeyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the import-reference key at start-up and moves the key that earlier versions generated into the
 * database out of it, once. The key comes from {@code haven.import.ref-key}; only the embedded H2 demo falls
 * back to a key file in its data folder, beside the master key. A key that does not match the one the stored
 * references were hashed with (the old stored key, or the check value) stops the start: every existing hash
 * and erasure tombstone would silently stop matching.
 */
final class ImportRefKeyResolver {

    static final String SETTING = "haven.import.ref-key (HAVEN_IMPORT_REF_KEY)";
    static final String KEY_FILE = "import-ref-key";
    static final String EXPORT_COMMAND = "java -jar survey-service.jar --export-import-ref-key";
    private static final String CHECK_NAME = "import-ref-key";

    private static final Logger log = LoggerFactory.getLogger(ImportRefKeyResolver.class);

    private final JdbcTemplate jdbc;
    private final String configured;
    private final Path dataDir;

    ImportRefKeyResolver(JdbcTemplate jdbc, String configured, Path dataDir) {
        this.jdbc = jdbc;
        this.configured = configured == null ? "" : configured.strip();
        this.dataDir = dataDir;
    }

    ImportRefKey resolve() {
        Optional<String> stored = LegacyRefKey.read(jdbc);
        String source = configured.isEmpty() ? "the key file " + dataDir.resolve(KEY_FILE) : SETTING;
        ImportRefKey key = configured.isEmpty() ? fromKeyFile(stored) : ImportRefKey.decode(configured, SETTING);
        if (stored.isPresent() && !key.sameAs(ImportRefKey.decode(stored.get(), "the key stored in the database"))) {
            throw new ImportRefKeyException(source + " differs from the import-reference key an earlier version"
                    + " stored in the database; the stored references were hashed with that one",
                    "configure the stored key instead (print it with: " + EXPORT_COMMAND + ")");
        }
        checkOrRecord(key, source);
        if (stored.isPresent()) {
            LegacyRefKey.delete(jdbc);
            log.info("Moved the import-reference key out of the database: it is now only in the configuration");
        }
        return key;
    }

    private ImportRefKey fromKeyFile(Optional<String> stored) {
        if (!embedded()) {
            throw stored.isPresent()
                    ? new ImportRefKeyException("The import-reference key is still in the database, and "
                            + SETTING + " is not set", "print it with: " + EXPORT_COMMAND + ", then set "
                            + SETTING + " to it on every instance; the service then removes it from the database")
                    : new ImportRefKeyException(SETTING + " is not set", "set it on every instance to the same"
                            + " random key, e.g. the output of: openssl rand -base64 32, and keep it apart from the"
                            + " database backups");
        }
        Path file = dataDir.resolve(KEY_FILE);
        if (KeyFile.read(file).isEmpty()) {
            KeyFile.create(file, stored.orElseGet(ImportRefKey::generate));
            log.warn(stored.isPresent()
                    ? "Moved the import-reference key from the database into the data folder's key file"
                    : "No import-reference key configured (HAVEN_IMPORT_REF_KEY): generated one in the data folder");
        }
        return ImportRefKey.decode(KeyFile.read(file).orElseThrow(), "the key file " + file);
    }

    /** The embedded demo database; any other database needs the key configured. */
    private boolean embedded() {
        return "H2".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }

    private void checkOrRecord(ImportRefKey key, String source) {
        List<String> check = jdbc.queryForList("SELECT check_value FROM key_check WHERE name = ?", String.class,
                CHECK_NAME);
        if (check.isEmpty()) {
            try {
                jdbc.update("INSERT INTO key_check (name, check_value) VALUES (?, ?)", CHECK_NAME, key.checkValue());
                return;
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                check = jdbc.queryForList("SELECT check_value FROM key_check WHERE name = ?", String.class,
                        CHECK_NAME);
            }
        }
        if (!check.get(0).equals(key.checkValue())) {
            throw new ImportRefKeyException(source + " is not the key this database's import references were"
                    + " hashed with", "configure the same key on every instance that shares this database");
        }
    }
}
