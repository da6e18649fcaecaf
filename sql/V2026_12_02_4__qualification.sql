-- Certificates and qualification compliance (attachment 3 item 4, attachment 2): the certificate
-- types, each officer's certificates with their scans, the requirements per post with their target
-- shares, the expiry alerts raised once each; and e-mail for the notifications.

CREATE TABLE certificate_type (
  code           VARCHAR2(20 CHAR)  NOT NULL,
  name_zh        VARCHAR2(100 CHAR) NOT NULL,
  name_en        VARCHAR2(150 CHAR) NOT NULL,
  issuer         VARCHAR2(100 CHAR),
  validity_years NUMBER(2),
  level_no       NUMBER(1),
  -- a law-enforcement qualification: without a valid one, no enforcement (attachment 2)
  enforcement    NUMBER(1)          DEFAULT 0 NOT NULL,
  active         NUMBER(1)          DEFAULT 1 NOT NULL,
  sort_order     NUMBER(5)          DEFAULT 0 NOT NULL,
  version        NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_certificate_type PRIMARY KEY (code),
  CONSTRAINT ck_certificate_type_validity CHECK (validity_years IS NULL OR validity_years BETWEEN 1 AND 50)
);

CREATE TABLE officer_certificate (
  id            NUMBER(19)         NOT NULL,
  officer_id    NUMBER(19)         NOT NULL,
  type_code     VARCHAR2(20 CHAR)  NOT NULL,
  cert_number   VARCHAR2(50 CHAR)  NOT NULL,
  issued_on     DATE               NOT NULL,
  -- valid up to and including this day; NULL for a certificate that does not expire
  expires_on    DATE,
  revoked_on    DATE,
  revoke_reason VARCHAR2(300 CHAR),
  renewed_by_id NUMBER(19),
  scan          BLOB,
  scan_name     VARCHAR2(200 CHAR),
  scan_type     VARCHAR2(50 CHAR),
  recorded_at   TIMESTAMP          NOT NULL,
  recorded_by   VARCHAR2(6 CHAR),
  version       NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_officer_certificate PRIMARY KEY (id),
  CONSTRAINT uq_officer_certificate_number UNIQUE (type_code, cert_number),
  CONSTRAINT ck_officer_certificate_dates CHECK (expires_on IS NULL OR expires_on >= issued_on),
  CONSTRAINT fk_officer_cert_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_officer_cert_type FOREIGN KEY (type_code) REFERENCES certificate_type (code),
  CONSTRAINT fk_officer_cert_renewed FOREIGN KEY (renewed_by_id) REFERENCES officer_certificate (id)
);
CREATE SEQUENCE qualification_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_officer_cert_officer ON officer_certificate (officer_id, type_code, issued_on, expires_on, revoked_on);
CREATE INDEX ix_officer_cert_expiry ON officer_certificate (expires_on, type_code);
CREATE INDEX ix_officer_cert_type ON officer_certificate (type_code);
CREATE INDEX ix_officer_cert_renewed ON officer_certificate (renewed_by_id);

-- Who must hold what: the officers of a post, of a police line, every serving police officer
-- (POLICE: enforcement), or the heads of a station or brigade (HEAD); any one of the accepted
-- types counts, or a postgraduate degree where the rule says so.
CREATE TABLE cert_requirement (
  id             NUMBER(19)         NOT NULL,
  subject_kind   VARCHAR2(10 CHAR)  NOT NULL,
  subject_code   VARCHAR2(20 CHAR),
  target_percent NUMBER(3)          NOT NULL,
  postgraduate   NUMBER(1)          DEFAULT 0 NOT NULL,
  basis          VARCHAR2(200 CHAR),
  active         NUMBER(1)          DEFAULT 1 NOT NULL,
  sort_order     NUMBER(5)          DEFAULT 0 NOT NULL,
  version        NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_cert_requirement PRIMARY KEY (id),
  CONSTRAINT ck_cert_requirement_target CHECK (target_percent BETWEEN 1 AND 100),
  CONSTRAINT ck_cert_requirement_kind CHECK (subject_kind IN ('POST', 'LINE', 'POLICE', 'HEAD'))
);

CREATE TABLE cert_requirement_type (
  requirement_id NUMBER(19)        NOT NULL,
  type_code      VARCHAR2(20 CHAR) NOT NULL,
  CONSTRAINT pk_cert_requirement_type PRIMARY KEY (requirement_id, type_code),
  CONSTRAINT fk_cert_req_type_requirement FOREIGN KEY (requirement_id) REFERENCES cert_requirement (id),
  CONSTRAINT fk_cert_req_type_type FOREIGN KEY (type_code) REFERENCES certificate_type (code)
);
CREATE INDEX ix_cert_req_type_type ON cert_requirement_type (type_code);

-- An alert raised once per certificate and stage (90 days, 30 days, expired), whichever node of a
-- cluster ran the daily job.
CREATE TABLE cert_alert (
  certificate_id NUMBER(19)        NOT NULL,
  stage          VARCHAR2(10 CHAR) NOT NULL,
  raised_on      DATE              NOT NULL,
  CONSTRAINT pk_cert_alert PRIMARY KEY (certificate_id, stage),
  CONSTRAINT fk_cert_alert_certificate FOREIGN KEY (certificate_id) REFERENCES officer_certificate (id)
);

-- A row per scheduled job: a run locks it, so that a second run (another node, or ADMIN's button)
-- waits and then finds the work done.
CREATE TABLE job_lock (
  job_name    VARCHAR2(40 CHAR) NOT NULL,
  last_run_at TIMESTAMP,
  CONSTRAINT pk_job_lock PRIMARY KEY (job_name)
);
INSERT INTO job_lock (job_name) VALUES ('qualification-expiry-alerts');

-- e-mail: the address an account is told at, and the notifications waiting to be mailed
ALTER TABLE account ADD email VARCHAR2(200 CHAR);
ALTER TABLE notification ADD mail_to VARCHAR2(200 CHAR);
ALTER TABLE notification ADD mail_state VARCHAR2(10 CHAR);
ALTER TABLE notification ADD mailed_at TIMESTAMP;
CREATE INDEX ix_notification_mail ON notification (mail_state, id);

INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('LE_BASIC', '基本级执法资格', 'Law-enforcement qualification, basic', '公安部', 5, 1, 1, 10);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('LE_MID', '中级执法资格', 'Law-enforcement qualification, intermediate', '公安部', 5, 2, 1, 20);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('LE_ADV', '高级执法资格', 'Law-enforcement qualification, advanced', '公安部', 5, 3, 1, 30);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('LEGAL_PRO', '法律职业资格', 'Legal professional qualification', '司法部', NULL, NULL, 0, 40);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('ACCIDENT', '交通事故处理资格', 'Traffic accident handling', '公安部交通管理局', 5, NULL, 0, 50);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('ACCIDENT_SIMPLE', '道路交通事故简易程序处理资格', 'Simple road-accident handling', '省公安厅交通管理局', 5, NULL, 0, 60);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('DRIVING_EXAMINER', '驾驶人考试员', 'Driving-test examiner', '省公安厅交通管理局', 3, NULL, 0, 70);
INSERT INTO certificate_type (code, name_zh, name_en, issuer, validity_years, level_no, enforcement, sort_order)
  VALUES ('VEHICLE_INSPECTOR', '机动车查验员', 'Vehicle inspector', '省公安厅交通管理局', 3, NULL, 0, 80);

INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (1, 'POST', 'FZY', 100, 0, '附件3第4项', 10);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (1, 'LE_ADV');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (2, 'POST', 'FZY', 20, 1, '附件3第4项', 20);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (2, 'LEGAL_PRO');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (3, 'POST', 'SGCL', 100, 0, '附件3第4项', 30);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (3, 'ACCIDENT');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (4, 'POST', 'GLQ', 100, 0, '附件3第4项', 40);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (4, 'ACCIDENT_SIMPLE');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (5, 'POST', 'CG', 100, 0, '附件3第4项', 50);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (5, 'DRIVING_EXAMINER');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (6, 'POST', 'CG', 100, 0, '附件3第4项', 60);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (6, 'VEHICLE_INSPECTOR');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (7, 'POLICE', NULL, 100, 0, '附件2', 70);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (7, 'LE_BASIC');
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (7, 'LE_MID');
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (7, 'LE_ADV');
INSERT INTO cert_requirement (id, subject_kind, subject_code, target_percent, postgraduate, basis, sort_order)
  VALUES (8, 'HEAD', NULL, 100, 0, '执法资格等级制度', 80);
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (8, 'LE_MID');
INSERT INTO cert_requirement_type (requirement_id, type_code) VALUES (8, 'LE_ADV');

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('qualification.alert.firstDays', 'INTEGER', '90', '90', 1, 365);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('qualification.alert.secondDays', 'INTEGER', '30', '30', 1, 365);

INSERT INTO app_permission (code) VALUES ('qualification:manage');
INSERT INTO app_permission (code) VALUES ('qualification:define');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'qualification:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'qualification:define');
