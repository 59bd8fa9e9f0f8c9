-- The earlier nudges (by dedupe key) that a nudge corrects, e.g. an accepted dispute's notice and the feedback that
-- called the verdict wrong; a JSON list, empty or NULL for most nudges.
ALTER TABLE scheduled_nudge ADD COLUMN revises TEXT NULL;
