-- Health checks (attachment 3 item 22): each officer's regular checks with the examining
-- institution, its conclusion, findings, the chronic conditions found and the follow-up due. The
-- data is sensitive: the HEALTH role (健康管理员) reads it by name (health:read) and records and
-- imports it (health:manage); HR without it sees counts only; the officer sees its own.

CREATE TABLE health_check (
  id            NUMBER(19)          NOT NULL,
  officer_id    NUMBER(19)          NOT NULL,
  checked_on    DATE                NOT NULL,
  institution   VARCHAR2(100 CHAR)  NOT NULL,
  -- reference list HCONCL
  conclusion    VARCHAR2(10 CHAR)   NOT NULL,
  findings      VARCHAR2(2000 CHAR),
  follow_up_on  DATE,
  recorded_at   TIMESTAMP           NOT NULL,
  recorded_by   VARCHAR2(6 CHAR),
  version       NUMBER(10)          DEFAULT 0 NOT NULL,
  CONSTRAINT pk_health_check PRIMARY KEY (id),
  CONSTRAINT uq_health_check_day UNIQUE (officer_id, checked_on),
  CONSTRAINT ck_health_check_follow_up CHECK (follow_up_on IS NULL OR follow_up_on >= checked_on),
  CONSTRAINT fk_health_check_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE SEQUENCE health_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_health_check_officer ON health_check (officer_id, checked_on, follow_up_on);
CREATE INDEX ix_health_check_day ON health_check (checked_on, officer_id);

-- The chronic conditions a check found (reference list HCOND).
CREATE TABLE health_check_condition (
  check_id       NUMBER(19)         NOT NULL,
  condition_code VARCHAR2(10 CHAR)  NOT NULL,
  CONSTRAINT pk_health_check_condition PRIMARY KEY (check_id, condition_code),
  CONSTRAINT fk_health_condition_check FOREIGN KEY (check_id) REFERENCES health_check (id)
);
CREATE INDEX ix_health_condition_check ON health_check_condition (check_id);
CREATE INDEX ix_health_condition_code ON health_check_condition (condition_code, check_id);

INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('HCONCL', '体检结论', 'Health check conclusions', 'health', 80);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCONCL', 'NORMAL', '正常', 'Normal', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCONCL', 'MINOR', '基本正常', 'Broadly normal', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCONCL', 'RECHECK', '异常需复查', 'Abnormal, recheck needed', 30, 1, 0);
INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('HCOND', '慢性病', 'Chronic conditions', 'health', 81);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'CARDIO', '心脑血管疾病', 'Cardio-cerebrovascular disease', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'HYPERTEN', '高血压', 'Hypertension', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'LIPID', '高血脂', 'Hyperlipidaemia', 30, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'DIABETES', '糖尿病', 'Diabetes', 40, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'HEPATITIS', '肝炎', 'Hepatitis', 50, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'GASTRITIS', '胃炎', 'Gastritis', 60, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('HCOND', 'OTHER', '其他', 'Other', 90, 1, 0);

-- 健康管理员: an extra role for HR (or a clinic) that reads and keeps named health data
INSERT INTO app_role (code, sort_order) VALUES ('HEALTH', 8);
INSERT INTO app_permission (code) VALUES ('health:read');
INSERT INTO app_permission (code) VALUES ('health:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HEALTH', 'health:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HEALTH', 'health:manage');

-- a check is due within this many months of the last one (yearly)
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('health.check.intervalMonths', 'INTEGER', '12', '12', 1, 60);

-- the keeper of named health data signs in with a second factor, as HR does
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.HEALTH', 'BOOLEAN', 'true', 'true', NULL, NULL);
