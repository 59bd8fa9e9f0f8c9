-- A suggestion may now teach a behaviour's precondition what does not make it apply: a longer kind name.
ALTER TABLE example_suggestion MODIFY kind VARCHAR(40) NOT NULL;
