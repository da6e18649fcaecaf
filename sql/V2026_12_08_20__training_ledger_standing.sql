-- The quota report's officer list, most missing first, at 100,000 officers (issue 13,
-- docs/performance.md). Each ledger row of a year that has been filled (training_ledger_year) holds,
-- besides the credit, what the officer owes that year and how much of it is still missing, so that
-- a page walks ix_training_ledger_shortfall instead of computing and sorting every officer's debt.
-- owed_half_days is NULL when the officer is not listed that year (not a serving police officer,
-- or joined after it). Every serving police officer has a row in a filled year; TrainingLedger
-- keeps them in step with the credit and the register, and fills a year on its first report.
ALTER TABLE training_ledger ADD police_number VARCHAR2(6 CHAR);
ALTER TABLE training_ledger ADD owed_half_days NUMBER(3);
ALTER TABLE training_ledger ADD shortfall_half_days NUMBER(7);
CREATE INDEX ix_training_ledger_shortfall ON training_ledger (year_no, shortfall_half_days DESC,
  police_number);

-- a year whose rows are filled, with the quota (in days) its owed figures were computed with: a
-- change of the quota makes the year refill
CREATE TABLE training_ledger_year (
  year_no    NUMBER(4) NOT NULL,
  quota_days NUMBER(3) NOT NULL,
  CONSTRAINT pk_training_ledger_year PRIMARY KEY (year_no)
);
