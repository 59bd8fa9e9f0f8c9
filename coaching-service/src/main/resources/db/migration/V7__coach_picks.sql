-- The coach's picks from a review (the rep's strength and focus on the call), so that they lead the rep's feedback.
ALTER TABLE scored_call
    ADD COLUMN strength_pick VARCHAR(64) NULL,
    ADD COLUMN focus_pick    VARCHAR(64) NULL;
