-- Read models kept in step with the events (subscribing handlers, same transaction), and the service's
-- own tables that never become events: token hashes, import-ref hashes, secrets.
CREATE TABLE study (
    study_id           VARCHAR(64)  PRIMARY KEY,
    title              VARCHAR(500) NOT NULL,
    owner              VARCHAR(255) NOT NULL,
    imports_may_enroll BOOLEAN      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE study_wave (
    study_id    VARCHAR(64) NOT NULL REFERENCES study (study_id),
    wave        INTEGER     NOT NULL,
    window_json TEXT        NOT NULL,
    PRIMARY KEY (study_id, wave)
);

CREATE TABLE study_instrument (
    study_id           VARCHAR(64)  NOT NULL REFERENCES study (study_id),
    instrument_id      VARCHAR(255) NOT NULL,
    instrument_version INTEGER      NOT NULL,
    published_seq      BIGINT       NOT NULL,
    instrument_json    TEXT         NOT NULL,
    PRIMARY KEY (study_id, instrument_id, instrument_version)
);

CREATE TABLE participant (
    participant_id VARCHAR(64) PRIMARY KEY,
    study_id       VARCHAR(64) NOT NULL REFERENCES study (study_id),
    enrolled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(32) NOT NULL
);
CREATE INDEX participant_by_study ON participant (study_id);

CREATE TABLE submission (
    participant_id VARCHAR(64) NOT NULL REFERENCES participant (participant_id),
    wave           INTEGER     NOT NULL,
    study_id       VARCHAR(64) NOT NULL,
    submission_id  VARCHAR(64) NOT NULL,
    source         VARCHAR(16) NOT NULL,
    completed_on   DATE        NOT NULL,
    PRIMARY KEY (participant_id, wave)
);
CREATE INDEX submission_by_study ON submission (study_id, wave);

CREATE TABLE participant_token (
    token_sha256   CHAR(64)    PRIMARY KEY,
    participant_id VARCHAR(64) NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX participant_token_by_participant ON participant_token (participant_id);

CREATE TABLE import_ref (
    study_id       VARCHAR(64) NOT NULL,
    ref_hash       CHAR(64)    NOT NULL,
    participant_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (study_id, ref_hash)
);

CREATE TABLE service_secret (
    name  VARCHAR(64)  PRIMARY KEY,
    secret_value VARCHAR(255) NOT NULL
);
