-- The import-reference key lives outside the database (haven.import.ref-key). The database keeps only a check
-- value of it, an HMAC under the key, so that an instance started with another key refuses to start instead
-- of silently missing every stored reference. The key itself cannot be recovered from it.
CREATE TABLE key_check (
    name        VARCHAR(64) PRIMARY KEY,
    check_value CHAR(64)    NOT NULL
);
