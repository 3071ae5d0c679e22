-- One row per import request: who sent which file (its SHA-256, never its content) when, and how it ended.
-- Written RUNNING and committed before any participant-wave is stored, so an import cut off by a crash still
-- leaves a trace; the counts are updated while it runs. No participant reference, no row of the file.
CREATE TABLE import_record (
    import_id        VARCHAR(36)              PRIMARY KEY,
    study_id         VARCHAR(64)              NOT NULL,
    researcher       VARCHAR(255)             NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(16)              NOT NULL,
    file_sha256      CHAR(64),
    file_bytes       BIGINT,
    stored           INTEGER DEFAULT 0        NOT NULL,
    already_imported INTEGER DEFAULT 0        NOT NULL,
    rejected         INTEGER DEFAULT 0        NOT NULL,
    row_errors       BIGINT  DEFAULT 0        NOT NULL
);
CREATE INDEX import_record_by_study ON import_record (study_id, started_at);

-- A second keyed hash of each reference, of its case-folded form, so an import can warn about a reference that
-- differs from a known one only in letter case without storing either. References imported before this column
-- existed have none (the references themselves were never stored, so it cannot be filled in).
ALTER TABLE import_ref ADD COLUMN folded_hash CHAR(64);
CREATE INDEX import_ref_by_folded_hash ON import_ref (study_id, folded_hash);
