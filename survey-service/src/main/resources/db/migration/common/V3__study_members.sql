-- Who may see and change a study: its owner (the researcher who created it) and the collaborators the
-- owner or an admin added. Kept by the read-model projection from StudyCreated and CollaboratorAdded; every
-- /api/studies/{studyId}/** request of a researcher without ADMIN is checked against it.
CREATE TABLE study_member (
    study_id   VARCHAR(64)  NOT NULL REFERENCES study (study_id),
    researcher VARCHAR(255) NOT NULL,
    membership VARCHAR(16)  NOT NULL,
    PRIMARY KEY (study_id, researcher)
);
CREATE INDEX study_member_by_researcher ON study_member (researcher);

-- Studies created before this table existed keep their owner (no collaborator event existed then).
INSERT INTO study_member (study_id, researcher, membership)
SELECT study_id, owner, 'OWNER' FROM study;
