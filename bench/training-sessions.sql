-- Two sessions for the benchmark's writes, taught and examined by the demo trainer: a roll of 200
-- trainees to confirm (yesterday and today) and a score sheet of 3,000 (an exam course, ended
-- yesterday, not published). H2 only, like training-history.sql.

DELETE FROM training_result WHERE session_id IN (900000020, 900000021);
DELETE FROM training_attendance WHERE session_id IN (900000020, 900000021);
DELETE FROM training_enrolment WHERE session_id IN (900000020, 900000021);
DELETE FROM training_staff WHERE session_id IN (900000020, 900000021);
DELETE FROM training_session WHERE id IN (900000020, 900000021);
DELETE FROM training_course WHERE id = 900000002;

INSERT INTO training_course (id, name_zh, name_en, category_code, half_days, organiser_level,
    has_exam, pass_mark, active, version)
  VALUES (900000002, '基准测试：执法考试', 'Benchmark: law-enforcement exam', 'ENFORCE', 4, 'CITY', 1, 60, 1, 1);

INSERT INTO training_session (id, course_id, organiser_unit_id, start_date, end_date, place,
    capacity, half_days, retraining, version)
  VALUES (900000020, 900000001, (SELECT MIN(id) FROM org_unit WHERE parent_id IS NULL),
          CURRENT_DATE - 1, CURRENT_DATE, '基准测试：点名', 200, 4, 0, 1);
INSERT INTO training_session (id, course_id, organiser_unit_id, start_date, end_date, place,
    capacity, half_days, retraining, version)
  VALUES (900000021, 900000002, (SELECT MIN(id) FROM org_unit WHERE parent_id IS NULL),
          CURRENT_DATE - 2, CURRENT_DATE - 1, '基准测试：考试', 3000, 4, 0, 1);

CREATE TABLE bench_trainer AS
  SELECT MIN(i.id) instructor_id FROM training_instructor i
    JOIN account a ON a.officer_id = i.officer_id
    JOIN account_role r ON r.account_id = a.id AND r.role_code = 'TRAINER';
INSERT INTO training_staff (id, session_id, instructor_id, staff_role)
  SELECT 900000030, 900000020, instructor_id, 'INSTRUCTOR' FROM bench_trainer;
INSERT INTO training_staff (id, session_id, instructor_id, staff_role)
  SELECT 900000031, 900000021, instructor_id, 'EXAMINER' FROM bench_trainer;
DROP TABLE bench_trainer;

-- trainees: serving police, not behind a log-in, spread over the force by their ids
CREATE TABLE bench_pool AS
  SELECT o.id officer_id, ROW_NUMBER() OVER (ORDER BY MOD(o.id * 7919, 100003), o.id) n
    FROM officer o
   WHERE o.category = 'POLICE' AND o.status = 'ON_DUTY'
     AND NOT EXISTS (SELECT 1 FROM account a WHERE a.officer_id = o.id);
INSERT INTO training_enrolment (id, session_id, officer_id, enrolled_at, enrolled_by)
  SELECT 900100000 + n, 900000020, officer_id, CURRENT_TIMESTAMP, NULL FROM bench_pool WHERE n <= 200;
INSERT INTO training_enrolment (id, session_id, officer_id, enrolled_at, enrolled_by)
  SELECT 900200000 + n, 900000021, officer_id, CURRENT_TIMESTAMP, NULL FROM bench_pool
   WHERE n > 200 AND n <= 3200;
DROP TABLE bench_pool;
