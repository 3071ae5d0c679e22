-- Answers chosen on the questionnaire page but not yet submitted, so a participant can come back with the same
-- link while the browser keeps nothing. Ciphertext under the participant's data key (erasure makes it unreadable
-- as well as deleting it); never in an event, never read by the analyses. Deleted on submission, withdrawal and
-- erasure, and once the wave has closed (closes_at; none for an always-open wave).
CREATE TABLE answer_draft (
    participant_id VARCHAR(64)              NOT NULL,
    wave           INTEGER                  NOT NULL,
    answers        VARCHAR(200000)          NOT NULL,
    closes_at      TIMESTAMP WITH TIME ZONE,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (participant_id, wave)
);
CREATE INDEX answer_draft_by_closing ON answer_draft (closes_at);
