-- Annual leave and other leave (attachment 3 item 22; 职工带薪年休假条例): each leave an officer took
-- or asked for, and a ledger row per officer and year holding the entitlement, the carried days and
-- the days taken, so that the balance is one read and the leave rate one grouped scan.

CREATE TABLE leave_record (
  id             NUMBER(19)         NOT NULL,
  officer_id     NUMBER(19)         NOT NULL,
  -- ANNUAL 年休假, SICK 病假, PERSONAL 事假, RECUPERATION 疗休养, INJURY 工伤假, MARRIAGE 婚假,
  -- MATERNITY 产假, PATERNITY 护理假, BEREAVEMENT 丧假, HOME_VISIT 探亲假, VACATION 寒暑假
  leave_type     VARCHAR2(20 CHAR)  NOT NULL,
  leave_year     NUMBER(4)          NOT NULL,
  start_date     DATE               NOT NULL,
  end_date       DATE               NOT NULL,
  -- annual leave in working days (rest days not counted), the others in calendar days
  days           NUMBER(3)          NOT NULL,
  -- personal leave with pay deducted does not count towards the 20 days of 条例 art. 4
  pay_deducted   NUMBER(1)          DEFAULT 0 NOT NULL,
  reason         VARCHAR2(200 CHAR),
  -- REQUESTED by the officer, APPROVED or DECLINED by its leader, WITHDRAWN by the officer;
  -- recorded by HR: APPROVED at once
  state          VARCHAR2(10 CHAR)  NOT NULL,
  requested_at   TIMESTAMP          NOT NULL,
  requested_by   VARCHAR2(6 CHAR),
  decided_at     TIMESTAMP,
  decided_by     VARCHAR2(6 CHAR),
  decline_reason VARCHAR2(200 CHAR),
  version        NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_leave_record PRIMARY KEY (id),
  CONSTRAINT ck_leave_record_type CHECK (leave_type IN ('ANNUAL', 'SICK', 'PERSONAL', 'RECUPERATION',
    'INJURY', 'MARRIAGE', 'MATERNITY', 'PATERNITY', 'BEREAVEMENT', 'HOME_VISIT', 'VACATION')),
  CONSTRAINT ck_leave_record_state CHECK (state IN ('REQUESTED', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
  CONSTRAINT ck_leave_record_dates CHECK (end_date >= start_date),
  CONSTRAINT ck_leave_record_days CHECK (days > 0),
  CONSTRAINT ck_leave_record_deducted CHECK (pay_deducted IN (0, 1)),
  CONSTRAINT fk_leave_record_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE SEQUENCE leave_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_leave_record_officer ON leave_record (officer_id, leave_year, state);
CREATE INDEX ix_leave_record_state ON leave_record (state, requested_at);

-- One row per officer and year, kept in step by LeaveLedger whenever a leave or the officer's
-- record changes, and filled for every serving officer each night. unit_id is the unit the row
-- counts for in the leave rate: the officer's, when a serving police officer; NULL otherwise.
CREATE TABLE leave_balance (
  officer_id    NUMBER(19)        NOT NULL,
  leave_year    NUMBER(4)         NOT NULL,
  unit_id       NUMBER(19),
  entitled_days NUMBER(3)         NOT NULL,
  carried_days  NUMBER(3)         NOT NULL,
  taken_days    NUMBER(3)         NOT NULL,
  pending_days  NUMBER(3)         NOT NULL,
  full_years    NUMBER(3)         NOT NULL,
  -- the rule that decided the entitlement, and its arguments joined by '|'
  rule_key      VARCHAR2(60 CHAR) NOT NULL,
  rule_args     VARCHAR2(100 CHAR),
  computed_at   TIMESTAMP         NOT NULL,
  CONSTRAINT pk_leave_balance PRIMARY KEY (officer_id, leave_year),
  CONSTRAINT fk_leave_balance_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_leave_balance_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_leave_balance_unit ON leave_balance (unit_id, leave_year, entitled_days, taken_days);
CREATE INDEX ix_leave_balance_year ON leave_balance (leave_year, unit_id, entitled_days, taken_days);

-- the untaken-leave notice to unit leaders, once per unit and year
CREATE TABLE leave_untaken_notice (
  unit_id    NUMBER(19) NOT NULL,
  leave_year NUMBER(4)  NOT NULL,
  sent_at    TIMESTAMP  NOT NULL,
  officers   NUMBER(10) NOT NULL,
  CONSTRAINT pk_leave_untaken_notice PRIMARY KEY (unit_id, leave_year),
  CONSTRAINT fk_leave_notice_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
INSERT INTO job_lock (job_name) VALUES ('leave-ledger');

INSERT INTO app_permission (code) VALUES ('leave:manage');
INSERT INTO app_permission (code) VALUES ('leave:approve');
INSERT INTO app_permission (code) VALUES ('leave:request');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'leave:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('LEADER', 'leave:approve');
INSERT INTO role_permission (role_code, permission_code) VALUES ('OFFICER', 'leave:request');

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('leave.carryOverYears', 'INTEGER', '1', '1', 0, 1);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('leave.targetPercent', 'DECIMAL', '90', '90', 0, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('leave.untakenMonth', 'INTEGER', '7', '7', 1, 12);
