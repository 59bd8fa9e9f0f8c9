-- Reflections ("what made it work?") are answered with a choice among the nudge's and/or a few words; quizzes with a
-- choice. Both travel to coaching-service in RepResponse.
ALTER TABLE rep_response
    ADD COLUMN choice      VARCHAR(300)  NULL AFTER self_assessment,
    ADD COLUMN answer_text VARCHAR(1000) NULL AFTER choice;
