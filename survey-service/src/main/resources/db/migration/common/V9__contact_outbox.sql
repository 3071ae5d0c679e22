-- The contact engine's outbox. One row per contact the planner found due, keyed by participant, wave, kind and
-- ordinal, so two instances cannot plan the same contact twice. An instance claims a row (claimed_by and the
-- lease claimed_until) before it mails; the row is done when ContactSent or ContactFailed is stored (in the
-- same transaction, by the read-model handler) or when a check at send time drops it, with the reason.
-- last_error names the kind of failure only (never an address: SMTP replies may quote it).
CREATE TABLE contact_outbox (
    participant_id  VARCHAR(64) NOT NULL,
    wave            INTEGER     NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    ordinal         INTEGER     NOT NULL,
    study_id        VARCHAR(64) NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at       TIMESTAMP WITH TIME ZONE,
    state           VARCHAR(16) NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER     NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(200),
    drop_reason     VARCHAR(32),
    done_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (participant_id, wave, kind, ordinal)
);
CREATE INDEX contact_outbox_due ON contact_outbox (state, next_attempt_at);
CREATE INDEX contact_outbox_by_study ON contact_outbox (study_id, wave);

-- What the contact events recorded, for the progress view: one row per ContactSent or ContactFailed (a contact
-- refused at one address may be sent to the next one).
CREATE TABLE contact_log (
    participant_id VARCHAR(64) NOT NULL,
    wave           INTEGER     NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    ordinal        INTEGER     NOT NULL,
    study_id       VARCHAR(64) NOT NULL,
    outcome        VARCHAR(16) NOT NULL,
    smtp_code      INTEGER,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (participant_id, wave, kind, ordinal, outcome)
);
CREATE INDEX contact_log_by_study ON contact_log (study_id, wave);

-- The stop link (ContactOptedOut, with the wave of the last mail before it) and a permanent refusal of the
-- address (ContactFailed's SMTP code, cleared when the address changes): both stop mail to the participant.
ALTER TABLE participant ADD COLUMN contact_opted_out_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant ADD COLUMN contact_opted_out_wave INTEGER;
ALTER TABLE participant ADD COLUMN contact_refused_code INTEGER;
