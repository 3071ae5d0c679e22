-- StudyArchived: when the study was archived (left out of study lists, no new participants or answers).
ALTER TABLE study ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
