-- The quota report sums the ledger by unit without joining every officer: each ledger row names the
-- unit it counts for (the officer's unit when the officer is a serving police officer on the force
-- since before that year; NULL otherwise). TrainingLedger keeps it in step with the register and
-- its check compares it with the officer table.
ALTER TABLE training_ledger ADD unit_id NUMBER(19);
ALTER TABLE training_ledger ADD CONSTRAINT fk_training_ledger_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id);
CREATE INDEX ix_training_ledger_unit ON training_ledger (unit_id, year_no, credited_half_days);
DROP INDEX ix_training_ledger_year;
CREATE INDEX ix_training_ledger_year ON training_ledger (year_no, unit_id, credited_half_days);

-- the serving police per unit, and those of them who joined during a year, read from the index
-- alone (H2 reads an officer's whole row otherwise, which is what makes a scan slow)
CREATE INDEX ix_officer_training ON officer (category, status, unit_id, police_join_date,
  first_employment_date);

UPDATE training_ledger l SET unit_id = (
  SELECT o.unit_id FROM officer o
   WHERE o.id = l.officer_id AND o.category = 'POLICE'
     AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')
     AND (COALESCE(o.police_join_date, o.first_employment_date) IS NULL
          OR EXTRACT(YEAR FROM COALESCE(o.police_join_date, o.first_employment_date)) < l.year_no));
