-- WaveOverlapAllowed: the researcher allowed the study's waves to overlap or run backwards.
ALTER TABLE study ADD COLUMN waves_may_overlap BOOLEAN DEFAULT FALSE NOT NULL;
