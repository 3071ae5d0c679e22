-- Crypto-shredding: one wrapped data key per participant, outside the event store. Deleting the row makes
-- the participant's encrypted fields unreadable everywhere they were copied.
CREATE TABLE participant_data_key (
    participant_id VARCHAR(64)  PRIMARY KEY,
    key_id         VARCHAR(64)  NOT NULL,
    nonce          BYTEA        NOT NULL,
    wrapped_key    BYTEA        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An erased participant's import reference stays as a tombstone: the hash no longer leads to anyone, and a
-- later import of the same reference is refused.
ALTER TABLE import_ref ALTER COLUMN participant_id DROP NOT NULL;
ALTER TABLE import_ref ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- The contact e-mail as the event carries it (ciphertext under the participant's data key), for researchers
-- who send the links; unreadable once the key is gone.
ALTER TABLE participant ADD COLUMN contact_email VARCHAR(2000);
