-- Education (attachment 3 item 9): each officer's education records (the register's highest level
-- follows them), degree upgrade enrolments, tuition reimbursement claims with their receipts, the
-- judicial exam award (once per officer), the associate deadline's alerts.

CREATE TABLE education_record (
  id            NUMBER(19)         NOT NULL,
  officer_id    NUMBER(19)         NOT NULL,
  level_code    VARCHAR2(20 CHAR)  NOT NULL,
  school        VARCHAR2(100 CHAR) NOT NULL,
  major         VARCHAR2(100 CHAR),
  -- FULL_TIME 全日制, PART_TIME 在职
  study_mode    VARCHAR2(10 CHAR)  NOT NULL,
  started_on    DATE,
  graduated_on  DATE               NOT NULL,
  diploma_no    VARCHAR2(50 CHAR),
  degree        VARCHAR2(50 CHAR),
  degree_no     VARCHAR2(50 CHAR),
  recorded_at   TIMESTAMP          NOT NULL,
  recorded_by   VARCHAR2(6 CHAR),
  version       NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_education_record PRIMARY KEY (id),
  CONSTRAINT ck_education_record_mode CHECK (study_mode IN ('FULL_TIME', 'PART_TIME')),
  CONSTRAINT ck_education_record_dates CHECK (started_on IS NULL OR graduated_on >= started_on),
  CONSTRAINT fk_education_record_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE SEQUENCE education_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_education_record_officer ON education_record (officer_id, graduated_on);

CREATE TABLE education_enrolment (
  id            NUMBER(19)         NOT NULL,
  officer_id    NUMBER(19)         NOT NULL,
  programme     VARCHAR2(10 CHAR)  NOT NULL,
  school        VARCHAR2(100 CHAR) NOT NULL,
  major         VARCHAR2(100 CHAR),
  study_mode    VARCHAR2(10 CHAR)  NOT NULL,
  started_on    DATE               NOT NULL,
  planned_end   DATE               NOT NULL,
  -- yuan, to the fen
  tuition       NUMBER(12,2)       NOT NULL,
  outcome       VARCHAR2(10 CHAR),
  outcome_on    DATE,
  recorded_at   TIMESTAMP          NOT NULL,
  recorded_by   VARCHAR2(6 CHAR),
  version       NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_education_enrolment PRIMARY KEY (id),
  CONSTRAINT ck_enrolment_programme CHECK (programme IN ('ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTOR')),
  CONSTRAINT ck_enrolment_outcome CHECK (outcome IS NULL OR outcome IN ('DEGREE', 'GRADUATED', 'COMPLETED', 'DROPPED')),
  CONSTRAINT ck_enrolment_mode CHECK (study_mode IN ('FULL_TIME', 'PART_TIME')),
  CONSTRAINT ck_enrolment_dates CHECK (planned_end >= started_on),
  CONSTRAINT ck_enrolment_tuition CHECK (tuition >= 0),
  CONSTRAINT fk_enrolment_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_enrolment_officer ON education_enrolment (officer_id, started_on);

-- A claim keeps what the rule computed on filing (the share, the rule and the facts it rested on,
-- taken on the enrolment's start date) next to what HR decided and what was paid.
CREATE TABLE education_claim (
  id               NUMBER(19)         NOT NULL,
  enrolment_id     NUMBER(19)         NOT NULL,
  officer_id       NUMBER(19)         NOT NULL,
  state            VARCHAR2(10 CHAR)  NOT NULL,
  tuition          NUMBER(12,2)       NOT NULL,
  rule_key         VARCHAR2(60 CHAR)  NOT NULL,
  rule_percent     NUMBER(5,2)        NOT NULL,
  rule_amount      NUMBER(12,2)       NOT NULL,
  age_on_start     NUMBER(3)          NOT NULL,
  grade_on_start   VARCHAR2(20 CHAR),
  education_on_start VARCHAR2(20 CHAR) NOT NULL,
  receipt          BLOB               NOT NULL,
  receipt_name     VARCHAR2(200 CHAR) NOT NULL,
  receipt_type     VARCHAR2(50 CHAR)  NOT NULL,
  filed_at         TIMESTAMP          NOT NULL,
  filed_by         VARCHAR2(6 CHAR),
  approved_percent NUMBER(5,2),
  approved_amount  NUMBER(12,2),
  overridden       NUMBER(1)          DEFAULT 0 NOT NULL,
  justification    VARCHAR2(500 CHAR),
  reject_reason    VARCHAR2(500 CHAR),
  decided_at       TIMESTAMP,
  decided_by       VARCHAR2(6 CHAR),
  paid_amount      NUMBER(12,2),
  paid_on          DATE,
  paying_unit_id   NUMBER(19),
  version          NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_education_claim PRIMARY KEY (id),
  CONSTRAINT ck_claim_state CHECK (state IN ('FILED', 'APPROVED', 'REJECTED', 'PAID')),
  CONSTRAINT fk_claim_enrolment FOREIGN KEY (enrolment_id) REFERENCES education_enrolment (id),
  CONSTRAINT fk_claim_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_claim_paying_unit FOREIGN KEY (paying_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_claim_enrolment ON education_claim (enrolment_id, state);
CREATE INDEX ix_claim_officer ON education_claim (officer_id);
CREATE INDEX ix_claim_state ON education_claim (state, filed_at);
CREATE INDEX ix_claim_paying_unit ON education_claim (paying_unit_id);

-- The judicial exam award: one per officer, whatever the timing (the unique key decides).
CREATE TABLE education_award (
  id             NUMBER(19)         NOT NULL,
  officer_id     NUMBER(19)         NOT NULL,
  certificate_id NUMBER(19),
  passed_on      DATE               NOT NULL,
  amount         NUMBER(12,2)       NOT NULL,
  state          VARCHAR2(10 CHAR)  NOT NULL,
  raised_at      TIMESTAMP          NOT NULL,
  decided_at     TIMESTAMP,
  decided_by     VARCHAR2(6 CHAR),
  paid_on        DATE,
  paying_unit_id NUMBER(19),
  version        NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_education_award PRIMARY KEY (id),
  CONSTRAINT uq_education_award_officer UNIQUE (officer_id),
  CONSTRAINT ck_award_state CHECK (state IN ('RAISED', 'APPROVED', 'PAID')),
  CONSTRAINT fk_award_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_award_certificate FOREIGN KEY (certificate_id) REFERENCES officer_certificate (id),
  CONSTRAINT fk_award_paying_unit FOREIGN KEY (paying_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_award_certificate ON education_award (certificate_id);
CREATE INDEX ix_award_paying_unit ON education_award (paying_unit_id);

-- The deadline's alert, raised once per officer and deadline.
CREATE TABLE education_deadline_alert (
  officer_id NUMBER(19) NOT NULL,
  deadline   DATE       NOT NULL,
  raised_on  DATE       NOT NULL,
  CONSTRAINT pk_education_deadline_alert PRIMARY KEY (officer_id, deadline),
  CONSTRAINT fk_deadline_alert_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
INSERT INTO job_lock (job_name) VALUES ('education-deadline-alerts');

INSERT INTO app_permission (code) VALUES ('education:manage');
INSERT INTO app_permission (code) VALUES ('education:claim');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'education:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('OFFICER', 'education:claim');

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.ratio.degree', 'DECIMAL', '70', '70', 0, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.ratio.withoutDegree', 'DECIMAL', '50', '50', 0, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.ratio.associate', 'DECIMAL', '100', '100', 0, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.associate.olderAge', 'INTEGER', '50', '50', 18, 65);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.associate.startYear', 'INTEGER', '2026', '2026', 2000, 2100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.associate.years', 'INTEGER', '3', '3', 1, 10);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.associate.warnMonths', 'INTEGER', '6', '6', 1, 24);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('education.judicialAward.amount', 'DECIMAL', '2000', '2000', 0, 1000000);
