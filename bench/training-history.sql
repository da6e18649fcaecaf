-- The issue's volume for the training benchmark (bench/run.sh runs this with H2's RunScript while
-- the server is stopped): every serving police officer without a training history from the demo
-- gets eight confirmed days in each of the last three years, about 2.6 million attendance rows in
-- all at 100,000 officers; then the ledger is rebuilt from the raw rows, with the unit each row counts
-- for as TrainingLedger.attributeSql sets it. H2 only (SYSTEM_RANGE): never run on production.

DROP TABLE IF EXISTS bench_trainee;
DELETE FROM training_attendance WHERE session_id BETWEEN 900000010 AND 900000012;
DELETE FROM training_session WHERE id BETWEEN 900000010 AND 900000012;
DELETE FROM training_course WHERE id = 900000001;

CREATE TABLE bench_trainee AS
  SELECT o.id officer_id FROM officer o
   WHERE o.category = 'POLICE' AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')
     AND NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.officer_id = o.id);

INSERT INTO training_course (id, name_zh, name_en, category_code, half_days, organiser_level,
    has_exam, pass_mark, active, version)
  VALUES (900000001, '基准测试：岗位练兵', 'Benchmark: on-the-job drills', 'DRILL', 16, 'CITY', 0, NULL, 1, 1);

-- one long session a year, March to November, organised by the city bureau
INSERT INTO training_session (id, course_id, organiser_unit_id, start_date, end_date, place,
    capacity, half_days, retraining, version)
  SELECT 900000010 + y.X, 900000001, (SELECT MIN(id) FROM org_unit WHERE parent_id IS NULL),
         CAST(DATEADD('DAY', 59, DATEADD('YEAR', -y.X, DATE_TRUNC('YEAR', CURRENT_DATE))) AS DATE),
         CAST(DATEADD('DAY', 333, DATEADD('YEAR', -y.X, DATE_TRUNC('YEAR', CURRENT_DATE))) AS DATE),
         '基准测试', 99999, 16, 0, 1
    FROM SYSTEM_RANGE(0, 2) y;

-- day k of the eight: a month apart from the first of March, shifted by the officer
INSERT INTO training_attendance (id, session_id, officer_id, attended_on, half_days, checked_in,
    confirmed, recorded_at, recorded_by)
  SELECT 9000000000 + t.officer_id * 32 + y.X * 8 + k.X, 900000010 + y.X, t.officer_id,
         CAST(DATEADD('DAY', 59 + k.X * 30 + MOD(t.officer_id, 20),
                      DATEADD('YEAR', -y.X, DATE_TRUNC('YEAR', CURRENT_DATE))) AS DATE),
         2, 0, 1, CURRENT_TIMESTAMP, NULL
    FROM bench_trainee t, SYSTEM_RANGE(0, 2) y, SYSTEM_RANGE(0, 7) k;

DROP TABLE bench_trainee;

DELETE FROM training_ledger;
INSERT INTO training_ledger (officer_id, year_no, credited_half_days)
  SELECT officer_id, year_no, SUM(half_days) FROM (
    SELECT a.officer_id, EXTRACT(YEAR FROM a.attended_on) year_no, a.half_days
      FROM training_attendance a WHERE a.confirmed = 1
    UNION ALL
    SELECT x.officer_id, EXTRACT(YEAR FROM x.end_date), x.half_days
      FROM training_external x WHERE x.status = 'APPROVED') c
   GROUP BY officer_id, year_no;
UPDATE training_ledger l SET unit_id = (
  SELECT CASE WHEN o.category = 'POLICE' AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')
               AND (COALESCE(o.police_join_date, o.first_employment_date) IS NULL
                    OR EXTRACT(YEAR FROM COALESCE(o.police_join_date, o.first_employment_date)) < l.year_no)
              THEN o.unit_id END
    FROM officer o WHERE o.id = l.officer_id);
-- what each officer owes is not computed here: every year counts as not filled, and the first
-- quota report of a year fills it (LedgerStanding)
DELETE FROM training_ledger_year;
ANALYZE;
