-- Reads of every scored call that went through all of the rep's calls or nudges, a year's worth after a year:
-- the rep's latest coach review (FocusPolicy), found through the rep's calls by reviewer and time;
ALTER TABLE scored_call
    ADD INDEX idx_scored_call_coach (rep_id, scorer_kind, scored_at, call_id);
-- and whether post-call feedback since the latest review names a behaviour (SpacedMoments), found through the rep's
-- calls since then and their nudges.
ALTER TABLE scheduled_nudge
    ADD INDEX idx_nudge_call (call_id, kind, behaviour_key);
