-- The sequence number of the last Study event that changed the study's definition (waves, instrument
-- versions). StudyProjection sets it in the same transaction as the rows it describes, so a cached copy of
-- the definition can be checked against it with one primary-key read, on every instance sharing this
-- database. Rows of earlier studies start at 0: a process fills its cache from the tables either way, and
-- every later change carries a higher sequence number.
ALTER TABLE study ADD COLUMN definition_seq BIGINT DEFAULT 0 NOT NULL;
