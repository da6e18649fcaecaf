-- The leave rate per unit at 100,000 officers (issue 13, docs/performance.md): the ledger's figures
-- summed per counted unit and year, kept in step by LeaveLedger in the transaction that changes a
-- ledger row (LeaveUnitSums), so that the rate report and its untaken count read one row a unit
-- instead of grouping every officer's row. Only rows with a unit and an entitlement count, as in
-- the rate. LeaveIT compares it with the ledger's own aggregate.
CREATE TABLE leave_unit_sums (
  unit_id       NUMBER(19) NOT NULL,
  leave_year    NUMBER(4)  NOT NULL,
  officers      NUMBER(10) NOT NULL,
  entitled_days NUMBER(12) NOT NULL,
  taken_days    NUMBER(12) NOT NULL,
  fully_taken   NUMBER(10) NOT NULL,
  untaken       NUMBER(10) NOT NULL,
  CONSTRAINT pk_leave_unit_sums PRIMARY KEY (unit_id, leave_year),
  CONSTRAINT fk_leave_unit_sums_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
INSERT INTO leave_unit_sums (unit_id, leave_year, officers, entitled_days, taken_days, fully_taken,
  untaken)
SELECT l.unit_id, l.leave_year, COUNT(*), SUM(l.entitled_days),
  SUM(CASE WHEN l.taken_days < l.entitled_days THEN l.taken_days ELSE l.entitled_days END),
  SUM(CASE WHEN l.taken_days >= l.entitled_days THEN 1 ELSE 0 END),
  SUM(CASE WHEN l.taken_days = 0 THEN 1 ELSE 0 END)
  FROM leave_balance l WHERE l.unit_id IS NOT NULL AND l.entitled_days > 0
 GROUP BY l.unit_id, l.leave_year;
