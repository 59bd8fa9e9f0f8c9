-- Seed 000: the rep finds the blockage with the coach's help, and they agree a solution; the plan holds both, and the
-- follow-up nudges about its focus behaviours recall the solution.
ALTER TABLE coaching_plan
    ADD COLUMN blockage VARCHAR(1000) NULL,
    ADD COLUMN solution VARCHAR(1000) NULL;
