-- What a pending reinforcement was planned from (a digest of the behaviour's skill state, focus, training, plan and
-- the rep's calendar): a refresh that finds the same basis leaves the nudge as it is instead of composing it again.
ALTER TABLE scheduled_nudge ADD COLUMN plan_basis CHAR(64) NULL;
