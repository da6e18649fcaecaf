-- Who has taken no leave yet (应休未休) over the whole force at 100,000 officers (issue 13,
-- docs/performance.md): listed by police number, a page walks ix_leave_balance_untaken and stops
-- at the page, and the count is one short range of it. Police numbers never change (the register
-- refuses it), so the copy on the ledger row never goes out of step.
ALTER TABLE leave_balance ADD police_number VARCHAR2(6 CHAR);
UPDATE leave_balance l SET police_number = (
  SELECT o.police_number FROM officer o WHERE o.id = l.officer_id);
ALTER TABLE leave_balance MODIFY (police_number NOT NULL);
CREATE INDEX ix_leave_balance_untaken ON leave_balance (leave_year, taken_days, police_number,
  entitled_days, unit_id);
