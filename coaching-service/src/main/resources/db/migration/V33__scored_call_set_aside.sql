-- A call an admin set aside in scorecard-service (CallSetAside): its verdicts are deleted and the scored call stays,
-- marked, so that a CallScored of it arriving later (another topic, so in any order) is ignored. A call set aside
-- before coaching heard of it is a tombstone row: set_aside and what the event says of the call, nothing scored.
ALTER TABLE scored_call ADD COLUMN set_aside BOOLEAN NOT NULL DEFAULT FALSE;
-- The rep's scored calls are counted without the set-aside ones, from the index alone.
ALTER TABLE scored_call ADD INDEX idx_scored_call_rep_counted (rep_id, set_aside);
