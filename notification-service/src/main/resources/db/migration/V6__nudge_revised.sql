-- A nudge a later one corrected (an accepted dispute's outcome revises the feedback that called the verdict wrong):
-- the inbox still lists it, marked, and no longer counts it as unread.
ALTER TABLE nudge ADD COLUMN revised_by VARCHAR(100) NULL, ADD COLUMN revised_at TIMESTAMP(6) NULL;
