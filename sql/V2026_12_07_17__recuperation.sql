-- Recuperation (疗休养, attachment 3 item 22): HR of a unit schedules groups (a place, the days, the
-- places available); officers of its scope are selected by the priority rules (chronic conditions
-- where the officer consents, front-line service, longest since the last stay); each member's
-- outcome is kept, and an attended stay is a leave record of type RECUPERATION.
CREATE TABLE recuperation_group (
  id          NUMBER(19)          NOT NULL,
  -- the unit that organises it: its HR and the HR above it keep the group, its officers are eligible
  unit_id     NUMBER(19)          NOT NULL,
  name        VARCHAR2(60 CHAR)   NOT NULL,
  place       VARCHAR2(100 CHAR)  NOT NULL,
  start_date  DATE                NOT NULL,
  end_date    DATE                NOT NULL,
  places      NUMBER(4)           NOT NULL,
  created_at  TIMESTAMP           NOT NULL,
  created_by  VARCHAR2(6 CHAR),
  version     NUMBER(10)          DEFAULT 0 NOT NULL,
  CONSTRAINT pk_recuperation_group PRIMARY KEY (id),
  CONSTRAINT ck_recuperation_group_dates CHECK (end_date >= start_date),
  CONSTRAINT ck_recuperation_group_places CHECK (places > 0),
  CONSTRAINT fk_recuperation_group_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE SEQUENCE recuperation_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_recuperation_group_unit ON recuperation_group (unit_id, start_date);

CREATE TABLE recuperation_member (
  id            NUMBER(19)          NOT NULL,
  group_id      NUMBER(19)          NOT NULL,
  officer_id    NUMBER(19)          NOT NULL,
  -- SELECTED, then ATTENDED or DECLINED (with a reason)
  state         VARCHAR2(10 CHAR)   NOT NULL,
  -- why it was chosen, as the rules saw it then: 1 if a consented chronic condition counted
  health_reason NUMBER(1)           DEFAULT 0 NOT NULL,
  front_years   NUMBER(3)           DEFAULT 0 NOT NULL,
  note          VARCHAR2(200 CHAR),
  -- the leave record an attended stay made
  leave_id      NUMBER(19),
  selected_at   TIMESTAMP           NOT NULL,
  selected_by   VARCHAR2(6 CHAR),
  version       NUMBER(10)          DEFAULT 0 NOT NULL,
  CONSTRAINT pk_recuperation_member PRIMARY KEY (id),
  CONSTRAINT uq_recuperation_member UNIQUE (group_id, officer_id),
  CONSTRAINT ck_recuperation_member_state CHECK (state IN ('SELECTED', 'ATTENDED', 'DECLINED')),
  CONSTRAINT fk_recuperation_member_group FOREIGN KEY (group_id) REFERENCES recuperation_group (id),
  CONSTRAINT fk_recuperation_member_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_recuperation_member_leave FOREIGN KEY (leave_id) REFERENCES leave_record (id)
);
CREATE INDEX ix_recuperation_member_officer ON recuperation_member (officer_id, state);
CREATE INDEX ix_recuperation_member_leave ON recuperation_member (leave_id);

-- The officer's consent that a chronic condition its checks found may count for its priority; the
-- condition itself is never shown to HR, only that a health reason applies.
CREATE TABLE health_consent (
  officer_id  NUMBER(19)  NOT NULL,
  consented   NUMBER(1)   NOT NULL,
  changed_at  TIMESTAMP   NOT NULL,
  version     NUMBER(10)  DEFAULT 0 NOT NULL,
  CONSTRAINT pk_health_consent PRIMARY KEY (officer_id),
  CONSTRAINT fk_health_consent_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

-- an officer who went within this many years comes after those who did not
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('leave.recuperation.intervalYears', 'INTEGER', '3', '3', 1, 10);
