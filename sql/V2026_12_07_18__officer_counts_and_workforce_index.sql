-- Headroom for the register at 100,000 officers (issue 13, docs/performance.md).
-- Counts of the whole force by line or post read these instead of every officer's row.
CREATE INDEX ix_officer_line ON officer (line_code, status, category, post_code);
CREATE INDEX ix_officer_post ON officer (post_code, status, category);

-- The serving police by unit, as the training report reads them, now also covers every column
-- of the workforce figures: the dashboard's one grouped scan reads this index and no rows.
DROP INDEX ix_officer_training;
CREATE INDEX ix_officer_training ON officer (category, status, unit_id, police_join_date,
  first_employment_date, education, rank_code, grade_code, entry_channel, birth_date, front_line);
