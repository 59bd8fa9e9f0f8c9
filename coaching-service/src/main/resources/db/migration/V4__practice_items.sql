-- Every nudge gives the rep one concrete thing to do (a question, a phrasing to try, a teammate's moment): which one,
-- so that the next nudge about the same behaviour offers another.
ALTER TABLE scheduled_nudge
    ADD COLUMN practice_item VARCHAR(200) NULL AFTER actions;

-- Whether a rep lets teammates hear the moments of their calls where they did a behaviour well (training units,
-- nudges, mentoring). On by default, as a team's call library usually is; the rep can switch it off.
ALTER TABLE rep
    ADD COLUMN share_moments BOOLEAN NOT NULL DEFAULT TRUE AFTER team_id;
