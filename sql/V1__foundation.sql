-- Foundation: org units, officers (core columns), accounts and roles, audit log, policy parameters.
-- Oracle SQL that H2's Oracle mode accepts as well.

CREATE SEQUENCE org_unit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE officer_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_log_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
  id          NUMBER(19)     NOT NULL,
  code        VARCHAR2(40)   NOT NULL,
  name_zh     VARCHAR2(100)  NOT NULL,
  name_en     VARCHAR2(150)  NOT NULL,
  kind        VARCHAR2(30)   NOT NULL,
  parent_id   NUMBER(19),
  -- materialised path of ids, '/1/5/23/': a data scope is a LIKE on it
  path        VARCHAR2(1000) NOT NULL,
  region_code VARCHAR2(6),
  closed      NUMBER(1)      DEFAULT 0 NOT NULL,
  version     NUMBER(10)     DEFAULT 0 NOT NULL,
  CONSTRAINT pk_org_unit PRIMARY KEY (id),
  CONSTRAINT uq_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE officer (
  id                    NUMBER(19)    NOT NULL,
  police_number         VARCHAR2(6)   NOT NULL,
  name                  VARCHAR2(60)  NOT NULL,
  gender                VARCHAR2(6)   NOT NULL,
  ethnicity             VARCHAR2(20)  NOT NULL,
  id_number             VARCHAR2(18)  NOT NULL,
  birth_date            DATE          NOT NULL,
  first_employment_date DATE          NOT NULL,
  police_join_date      DATE,
  entry_channel         VARCHAR2(20)  NOT NULL,
  category              VARCHAR2(12)  NOT NULL,
  uniform_number        VARCHAR2(20),
  rank_code             VARCHAR2(10),
  grade_code            VARCHAR2(10),
  line_code             VARCHAR2(10),
  post_code             VARCHAR2(10),
  front_line            NUMBER(1)     DEFAULT 0 NOT NULL,
  status                VARCHAR2(20)  NOT NULL,
  education             VARCHAR2(20)  NOT NULL,
  phone                 VARCHAR2(20),
  unit_id               NUMBER(19)    NOT NULL,
  mentor_id             NUMBER(19),
  version               NUMBER(10)    DEFAULT 0 NOT NULL,
  CONSTRAINT pk_officer PRIMARY KEY (id),
  CONSTRAINT uq_officer_police_number UNIQUE (police_number),
  CONSTRAINT uq_officer_id_number UNIQUE (id_number),
  CONSTRAINT fk_officer_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_officer_mentor FOREIGN KEY (mentor_id) REFERENCES officer (id)
);
CREATE INDEX ix_officer_unit ON officer (unit_id);
CREATE INDEX ix_officer_name ON officer (name);
CREATE INDEX ix_officer_birth_date ON officer (birth_date);
CREATE INDEX ix_officer_status_category ON officer (status, category);

CREATE TABLE app_role (
  code       VARCHAR2(20) NOT NULL,
  sort_order NUMBER(5)    NOT NULL,
  CONSTRAINT pk_app_role PRIMARY KEY (code)
);

CREATE TABLE app_permission (
  code VARCHAR2(60) NOT NULL,
  CONSTRAINT pk_app_permission PRIMARY KEY (code)
);

CREATE TABLE role_permission (
  role_code       VARCHAR2(20) NOT NULL,
  permission_code VARCHAR2(60) NOT NULL,
  CONSTRAINT pk_role_permission PRIMARY KEY (role_code, permission_code),
  CONSTRAINT fk_role_permission_role FOREIGN KEY (role_code) REFERENCES app_role (code),
  CONSTRAINT fk_role_permission_perm FOREIGN KEY (permission_code) REFERENCES app_permission (code)
);

CREATE TABLE account (
  id                   NUMBER(19)    NOT NULL,
  officer_id           NUMBER(19)    NOT NULL,
  -- data scope: this unit and everything beneath it (a county HR: its county bureau)
  scope_unit_id        NUMBER(19)    NOT NULL,
  password_hash        VARCHAR2(255) NOT NULL,
  enabled              NUMBER(1)     DEFAULT 1 NOT NULL,
  must_change_password NUMBER(1)     DEFAULT 0 NOT NULL,
  locale               VARCHAR2(10),
  created_at           TIMESTAMP     NOT NULL,
  version              NUMBER(10)    DEFAULT 0 NOT NULL,
  CONSTRAINT pk_account PRIMARY KEY (id),
  CONSTRAINT uq_account_officer UNIQUE (officer_id),
  CONSTRAINT fk_account_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_account_scope FOREIGN KEY (scope_unit_id) REFERENCES org_unit (id)
);

-- Failed log-ins by the name typed, whether or not an account has it, so that a lock
-- reveals nothing about which police numbers exist.
CREATE TABLE login_failure (
  login_name      VARCHAR2(40) NOT NULL,
  failed_attempts NUMBER(5)    NOT NULL,
  first_failed_at TIMESTAMP    NOT NULL,
  locked_until    TIMESTAMP,
  CONSTRAINT pk_login_failure PRIMARY KEY (login_name)
);

CREATE TABLE account_role (
  account_id NUMBER(19)   NOT NULL,
  role_code  VARCHAR2(20) NOT NULL,
  CONSTRAINT pk_account_role PRIMARY KEY (account_id, role_code),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_account_role_role FOREIGN KEY (role_code) REFERENCES app_role (code)
);

-- Append-only: the application only inserts. In production, grant the application user
-- INSERT and SELECT on this table and nothing else (README, "Deploy on Oracle").
CREATE TABLE audit_log (
  id                  NUMBER(19)    NOT NULL,
  occurred_at         TIMESTAMP     NOT NULL,
  actor_police_number VARCHAR2(6),
  entity_type         VARCHAR2(60)  NOT NULL,
  entity_id           VARCHAR2(60)  NOT NULL,
  action              VARCHAR2(30)  NOT NULL,
  changes             CLOB,
  CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);

CREATE TABLE policy_parameter (
  param_key     VARCHAR2(80)  NOT NULL,
  value_type    VARCHAR2(20)  NOT NULL,
  param_value   VARCHAR2(200) NOT NULL,
  default_value VARCHAR2(200) NOT NULL,
  min_value     NUMBER(19,4),
  max_value     NUMBER(19,4),
  version       NUMBER(10)    DEFAULT 0 NOT NULL,
  CONSTRAINT pk_policy_parameter PRIMARY KEY (param_key)
);

-- One row per startup task that must run once across a cluster (demo data); locked FOR UPDATE.
CREATE TABLE app_setting (
  setting_key   VARCHAR2(80)  NOT NULL,
  setting_value VARCHAR2(200),
  CONSTRAINT pk_app_setting PRIMARY KEY (setting_key)
);
INSERT INTO app_setting (setting_key, setting_value) VALUES ('demo-data', NULL);

INSERT INTO app_role (code, sort_order) VALUES ('ADMIN', 1);
INSERT INTO app_role (code, sort_order) VALUES ('HR', 2);
INSERT INTO app_role (code, sort_order) VALUES ('TRAINER', 3);
INSERT INTO app_role (code, sort_order) VALUES ('LEADER', 4);
INSERT INTO app_role (code, sort_order) VALUES ('OFFICER', 5);

INSERT INTO app_permission (code) VALUES ('account:manage');
INSERT INTO app_permission (code) VALUES ('policy:manage');
INSERT INTO app_permission (code) VALUES ('audit:read');
INSERT INTO app_permission (code) VALUES ('reference:manage');
INSERT INTO app_permission (code) VALUES ('personnel:read');
INSERT INTO app_permission (code) VALUES ('personnel:write');
INSERT INTO app_permission (code) VALUES ('orgunit:write');
INSERT INTO app_permission (code) VALUES ('workforce:read');
INSERT INTO app_permission (code) VALUES ('training:teach');
INSERT INTO app_permission (code) VALUES ('evaluation:evaluate');
INSERT INTO app_permission (code) VALUES ('self:read');

INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'account:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'policy:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'audit:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'reference:manage');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'orgunit:write');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'personnel:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'personnel:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'personnel:write');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'orgunit:write');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'workforce:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('HR', 'audit:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('TRAINER', 'training:teach');
INSERT INTO role_permission (role_code, permission_code) VALUES ('LEADER', 'workforce:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('LEADER', 'evaluation:evaluate');
INSERT INTO role_permission (role_code, permission_code) VALUES ('OFFICER', 'self:read');

-- Policy parameters of the foundation (security); capabilities add theirs in their migrations.
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.login.maxFailures', 'INTEGER', '5', '5', 1, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.login.failureWindowMinutes', 'INTEGER', '15', '15', 1, 1440);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.login.lockMinutes', 'INTEGER', '15', '15', 1, 1440);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.session.idleMinutes', 'INTEGER', '30', '30', 5, 480);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.password.minLength', 'INTEGER', '10', '10', 8, 64);
