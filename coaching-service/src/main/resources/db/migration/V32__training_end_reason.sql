-- Why a training unit was passed or withdrawn: a unit is also withdrawn when the rep's calls show they know how.
ALTER TABLE training_unit ADD COLUMN end_reason VARCHAR(1000) NULL;
UPDATE training_unit SET end_reason = 'No longer needed: the rep reached the target without it.' WHERE status = 'WITHDRAWN';
UPDATE training_unit SET end_reason = 'Passed: quizzes answered right in a row.' WHERE status = 'PASSED';
