-- The scorecard version a team's words for a behaviour come from: a call graded against the same or an older version
-- leaves them as they are, so a scored call no longer rewrites every behaviour's words only to move their time.
ALTER TABLE behaviour_guide ADD COLUMN scorecard_version INT NOT NULL DEFAULT 0;
