-- A study's participant-page settings (the latest ParticipantPagesConfigured); a study without a row uses the
-- service's defaults (haven.pages.*).
CREATE TABLE participant_pages (
    study_id      VARCHAR(64)   PRIMARY KEY,
    page_title    VARCHAR(200)  NOT NULL,
    exit_url      VARCHAR(2000) NOT NULL,
    idle_minutes  INTEGER       NOT NULL,
    study_contact VARCHAR(1000),
    support_line  VARCHAR(1000)
);
