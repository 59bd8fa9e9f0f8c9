-- A call with no conversation to grade (a voicemail, a dropped call) is set aside as NO_CONVERSATION; an admin may
-- have it graded all the same, which this remembers across the grading consumer's redeliveries.
ALTER TABLE sales_call ADD COLUMN grade_anyway BOOLEAN NOT NULL DEFAULT FALSE;
