-- The coach's summary of their review, so that the rep's feedback on it carries the coach's own words.
ALTER TABLE scored_call ADD COLUMN coach_summary VARCHAR(2000) NULL;
