-- Training and exams (attachment 3, items 8-14): courses, sessions with their instructors and
-- examiners, enrolment, attendance by the day, exam results, retraining, the per-officer-per-year
-- ledger of credited days; and the in-app notifications that HR receives.
-- Days are counted in half days (NUMBER), so that 14.5 days is exact.

CREATE SEQUENCE training_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE training_course (
  id              NUMBER(19)         NOT NULL,
  name_zh         VARCHAR2(100 CHAR) NOT NULL,
  name_en         VARCHAR2(150 CHAR) NOT NULL,
  category_code   VARCHAR2(10 CHAR)  NOT NULL,
  half_days       NUMBER(5)          NOT NULL,
  organiser_level VARCHAR2(10 CHAR)  NOT NULL,
  has_exam        NUMBER(1)          DEFAULT 0 NOT NULL,
  pass_mark       NUMBER(5,1),
  active          NUMBER(1)          DEFAULT 1 NOT NULL,
  version         NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_course PRIMARY KEY (id)
);

-- 教官: an officer of the force, or an outside teacher (no account, so never an examiner who logs results)
CREATE TABLE training_instructor (
  id             NUMBER(19)         NOT NULL,
  officer_id     NUMBER(19),
  external_name  VARCHAR2(60 CHAR),
  organisation   VARCHAR2(100 CHAR),
  speciality     VARCHAR2(100 CHAR) NOT NULL,
  appointed_from DATE               NOT NULL,
  appointed_to   DATE,
  version        NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_instructor PRIMARY KEY (id),
  CONSTRAINT uq_training_instructor_officer UNIQUE (officer_id),
  CONSTRAINT fk_training_instructor_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

CREATE TABLE training_session (
  id                     NUMBER(19)         NOT NULL,
  course_id              NUMBER(19)         NOT NULL,
  organiser_unit_id      NUMBER(19)         NOT NULL,
  start_date             DATE               NOT NULL,
  end_date               DATE               NOT NULL,
  place                  VARCHAR2(100 CHAR) NOT NULL,
  capacity               NUMBER(5)          NOT NULL,
  half_days              NUMBER(5)          NOT NULL,
  retraining             NUMBER(1)          DEFAULT 0 NOT NULL,
  results_published_at   TIMESTAMP,
  version                NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_session PRIMARY KEY (id),
  CONSTRAINT fk_training_session_course FOREIGN KEY (course_id) REFERENCES training_course (id),
  CONSTRAINT fk_training_session_unit FOREIGN KEY (organiser_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_training_session_course ON training_session (course_id);
CREATE INDEX ix_training_session_unit ON training_session (organiser_unit_id, start_date);
CREATE INDEX ix_training_session_start ON training_session (start_date);

CREATE TABLE training_staff (
  id            NUMBER(19)        NOT NULL,
  session_id    NUMBER(19)        NOT NULL,
  instructor_id NUMBER(19)        NOT NULL,
  staff_role    VARCHAR2(10 CHAR) NOT NULL,
  CONSTRAINT pk_training_staff PRIMARY KEY (id),
  CONSTRAINT uq_training_staff UNIQUE (session_id, instructor_id, staff_role),
  CONSTRAINT fk_training_staff_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_training_staff_instructor FOREIGN KEY (instructor_id) REFERENCES training_instructor (id)
);
CREATE INDEX ix_training_staff_instructor ON training_staff (instructor_id);

CREATE TABLE training_enrolment (
  id          NUMBER(19)       NOT NULL,
  session_id  NUMBER(19)       NOT NULL,
  officer_id  NUMBER(19)       NOT NULL,
  enrolled_at TIMESTAMP        NOT NULL,
  enrolled_by VARCHAR2(6 CHAR),
  CONSTRAINT pk_training_enrolment PRIMARY KEY (id),
  CONSTRAINT uq_training_enrolment UNIQUE (session_id, officer_id),
  CONSTRAINT fk_training_enrolment_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_training_enrolment_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_training_enrolment_officer ON training_enrolment (officer_id);

-- One row per officer per day of a session: 1 = half a day, 2 = the whole day. A phone check-in
-- writes an unconfirmed whole day; the trainer's roll confirms it, and only confirmed days credit.
CREATE TABLE training_attendance (
  id          NUMBER(19)       NOT NULL,
  session_id  NUMBER(19)       NOT NULL,
  officer_id  NUMBER(19)       NOT NULL,
  attended_on DATE             NOT NULL,
  half_days   NUMBER(1)        NOT NULL,
  checked_in  NUMBER(1)        DEFAULT 0 NOT NULL,
  confirmed   NUMBER(1)        DEFAULT 0 NOT NULL,
  recorded_at TIMESTAMP        NOT NULL,
  recorded_by VARCHAR2(6 CHAR),
  CONSTRAINT pk_training_attendance PRIMARY KEY (id),
  CONSTRAINT uq_training_attendance UNIQUE (session_id, officer_id, attended_on),
  CONSTRAINT ck_training_attendance_half CHECK (half_days IN (1, 2)),
  CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_training_attendance_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_training_attendance_officer ON training_attendance (officer_id, attended_on);

-- Credited half days per officer and calendar year, written in the transaction that changes the
-- attendance: the quota report sums this, not the attendance rows (TrainingLedger.check compares).
CREATE TABLE training_ledger (
  officer_id         NUMBER(19) NOT NULL,
  year_no            NUMBER(4)  NOT NULL,
  credited_half_days NUMBER(7)  DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_ledger PRIMARY KEY (officer_id, year_no),
  CONSTRAINT fk_training_ledger_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_training_ledger_year ON training_ledger (year_no);

CREATE TABLE training_result (
  id          NUMBER(19)       NOT NULL,
  session_id  NUMBER(19)       NOT NULL,
  officer_id  NUMBER(19)       NOT NULL,
  score       NUMBER(4,1)      NOT NULL,
  passed      NUMBER(1)        NOT NULL,
  recorded_at TIMESTAMP        NOT NULL,
  recorded_by VARCHAR2(6 CHAR),
  version     NUMBER(10)       DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_result PRIMARY KEY (id),
  CONSTRAINT uq_training_result UNIQUE (session_id, officer_id),
  CONSTRAINT ck_training_result_score CHECK (score BETWEEN 0 AND 100),
  CONSTRAINT fk_training_result_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_training_result_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_training_result_officer ON training_result (officer_id);

-- 不合格复训: opened by a failed published result, closed by the result of a retraining session
CREATE TABLE training_retraining (
  id                NUMBER(19)        NOT NULL,
  officer_id        NUMBER(19)        NOT NULL,
  course_id         NUMBER(19)        NOT NULL,
  failed_session_id NUMBER(19)        NOT NULL,
  status            VARCHAR2(10 CHAR) NOT NULL,
  opened_on         DATE              NOT NULL,
  closed_on         DATE,
  version           NUMBER(10)        DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_retraining PRIMARY KEY (id),
  CONSTRAINT fk_training_retraining_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_training_retraining_course FOREIGN KEY (course_id) REFERENCES training_course (id),
  CONSTRAINT fk_training_retraining_session FOREIGN KEY (failed_session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_training_retraining_officer ON training_retraining (officer_id);
CREATE INDEX ix_training_retraining_course ON training_retraining (course_id, status);
CREATE INDEX ix_training_retraining_session ON training_retraining (failed_session_id);

-- The in-app inbox: what an account is told (off-post training after a failed retraining …)
CREATE TABLE notification (
  id         NUMBER(19)         NOT NULL,
  account_id NUMBER(19)         NOT NULL,
  text_key   VARCHAR2(80 CHAR)  NOT NULL,
  arguments  VARCHAR2(400 CHAR),
  link       VARCHAR2(200 CHAR),
  created_at TIMESTAMP          NOT NULL,
  read_at    TIMESTAMP,
  CONSTRAINT pk_notification PRIMARY KEY (id),
  CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_account ON notification (account_id, read_at);

INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('COURSE', '培训类别', 'Training categories', 'training', 50);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'RECRUIT', '入警培训', 'Recruit training', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'PROMOTION', '晋升培训', 'Promotion training', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'SPECIALIST', '专业培训', 'Specialist training', 30, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'DRILL', '岗位练兵', 'On-the-job drills', 40, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'ROTATION', '集中轮训', 'Centralised rotation', 50, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'ENFORCE', '执法资格培训', 'Law-enforcement qualification training', 60, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('COURSE', 'ANNUALEXAM', '年度综合考试', 'Annual comprehensive exam', 70, 1, 0);

INSERT INTO app_permission (code) VALUES ('training:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'training:manage');

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('training.quota.days', 'INTEGER', '15', '15', 0, 60);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('training.separation', 'BOOLEAN', 'true', 'true', NULL, NULL);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('training.rotation.years', 'INTEGER', '3', '3', 1, 10);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('training.checkIn.validSeconds', 'INTEGER', '90', '90', 30, 600);

-- the key that signs check-in codes: set at the first code shown (CheckIns), never shown to anyone
INSERT INTO app_setting (setting_key, setting_value) VALUES ('training-check-in-secret', NULL);
