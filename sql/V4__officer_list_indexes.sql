-- The officer list at 100,000 officers (docs/performance.md): indexes for OfficerDirectory.

-- Counts and narrow searches: every column the list filters or sorts on, after the unit, so that
-- counting and collecting the matches of a scope reads this index and no officer rows.
CREATE INDEX ix_officer_list ON officer
  (unit_id, status, category, line_code, post_code, police_number, name, birth_date);

-- Pages of the broad list walk one of these in the list's order and stop at the page. The police
-- number breaks ties in ascending order, in both directions; H2 only walks an index forwards.
CREATE INDEX ix_officer_number_desc ON officer (police_number DESC);
CREATE INDEX ix_officer_name_number ON officer (name, police_number);
CREATE INDEX ix_officer_name_desc_number ON officer (name DESC, police_number);
CREATE INDEX ix_officer_birth_number ON officer (birth_date, police_number);
CREATE INDEX ix_officer_birth_desc_number ON officer (birth_date DESC, police_number);

-- Superseded by the two above with the police number added.
DROP INDEX ix_officer_name;
DROP INDEX ix_officer_birth_date;
-- Five statuses, nearly all ON_DUTY: H2 chose this index for "status = ?" and read almost every
-- row through it, then sorted them all, instead of walking the list's order.
DROP INDEX ix_officer_status_category;
