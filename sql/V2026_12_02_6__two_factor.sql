-- Two-factor sign-in (issue 8): a TOTP secret per account (RFC 6238; pending until the first code
-- confirms it), the last time step accepted (a code is good once), the recovery codes (hashed,
-- each good once); and, per role, whether it must sign in with a second factor.

ALTER TABLE account ADD totp_secret VARCHAR2(64 CHAR);
ALTER TABLE account ADD totp_pending VARCHAR2(64 CHAR);
ALTER TABLE account ADD totp_last_step NUMBER(19) DEFAULT 0 NOT NULL;
ALTER TABLE account ADD totp_enrolled_at TIMESTAMP;

CREATE TABLE recovery_code (
  account_id NUMBER(19)        NOT NULL,
  code_hash  VARCHAR2(64 CHAR) NOT NULL,
  used_at    TIMESTAMP,
  CONSTRAINT pk_recovery_code PRIMARY KEY (account_id, code_hash),
  CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- required for the administrators and HR, optional for the others (MLPS level 3)
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.ADMIN', 'BOOLEAN', 'true', 'true', NULL, NULL);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.AUDITOR', 'BOOLEAN', 'true', 'true', NULL, NULL);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.HR', 'BOOLEAN', 'true', 'true', NULL, NULL);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.TRAINER', 'BOOLEAN', 'false', 'false', NULL, NULL);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.LEADER', 'BOOLEAN', 'false', 'false', NULL, NULL);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.OFFICER', 'BOOLEAN', 'false', 'false', NULL, NULL);

-- Password policy (issue 8): the last five hashes of each account (a new password may be none of
-- them), when the password was last set, and an optional maximum age (0: passwords do not expire,
-- as current guidance advises)
CREATE TABLE password_history (
  id            NUMBER(19)         NOT NULL,
  account_id    NUMBER(19)         NOT NULL,
  password_hash VARCHAR2(255 CHAR) NOT NULL,
  replaced_at   TIMESTAMP          NOT NULL,
  CONSTRAINT pk_password_history PRIMARY KEY (id),
  CONSTRAINT fk_password_history_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE SEQUENCE password_history_seq START WITH 1000 INCREMENT BY 10;
CREATE INDEX ix_password_history_account ON password_history (account_id, replaced_at);
ALTER TABLE account ADD password_changed_at TIMESTAMP;
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.password.maxAgeDays', 'INTEGER', '0', '0', 0, 3650);
