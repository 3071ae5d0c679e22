-- The contact engine's settings, kept by the read-model projection from StudyTimeZoneSet, ContactScheduleSet and
-- ParticipantEnrolled (revision 2): the study's time zone (NULL: UTC), its contact schedule as the event's JSON
-- (NULL: the study mails nobody), and a participant's own time zone (NULL: the study's).
ALTER TABLE study ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE study ADD COLUMN contact_schedule_json TEXT;
ALTER TABLE participant ADD COLUMN time_zone VARCHAR(64);

-- Which participant of a study holds which contact address, as a keyed hash (HMAC under the import-reference key)
-- of the address in lower case, never the address itself: an address an active participant holds is refused for
-- another participant of the study. A row goes when its participant is erased or moves to another address.
CREATE TABLE contact_address (
    study_id       VARCHAR(64) NOT NULL,
    address_hash   CHAR(64)    NOT NULL,
    participant_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (study_id, address_hash)
);
CREATE INDEX contact_address_by_participant ON contact_address (participant_id);
