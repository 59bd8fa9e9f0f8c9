-- A team's verdicts on a behaviour by time: finding a team's mentors and peer moments reads the peer look-back
-- (90 days) of the behaviour, not every verdict the team ever had on it, so a scored call costs the same after a
-- year of calls as after a week. No query filters a team's verdicts by call type before behaviour.
ALTER TABLE call_verdict
    DROP INDEX idx_verdict_team,
    ADD INDEX idx_verdict_team_time (team_id, behaviour_key, call_started_at);
