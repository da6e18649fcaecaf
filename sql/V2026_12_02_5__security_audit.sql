-- Security audit to MLPS level 3 (issue 8): the security event log, append-only and chained (each
-- entry's digest covers the one before it, keyed by a secret outside the database, so an edited,
-- deleted or inserted entry breaks the chain); a digest on each change record; the audit
-- administrator's role; the throttle by client address.

CREATE TABLE security_event (
  -- the position in the chain: 1, 2, 3 … without gaps
  id              NUMBER(19)          NOT NULL,
  occurred_at     TIMESTAMP           NOT NULL,
  -- the account that acted, or the name typed at a failed log-in
  actor           VARCHAR2(40 CHAR),
  client_address  VARCHAR2(45 CHAR),
  event_type      VARCHAR2(30 CHAR)   NOT NULL,
  outcome         VARCHAR2(10 CHAR)   NOT NULL,
  -- the officer whose data was read or changed, if any
  officer_id      NUMBER(19),
  detail          VARCHAR2(1000 CHAR),
  digest          VARCHAR2(64 CHAR)   NOT NULL,
  CONSTRAINT pk_security_event PRIMARY KEY (id),
  CONSTRAINT ck_security_event_outcome CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED'))
);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
CREATE INDEX ix_security_event_actor ON security_event (actor, occurred_at);
CREATE INDEX ix_security_event_officer ON security_event (officer_id, occurred_at);
CREATE INDEX ix_security_event_type ON security_event (event_type, occurred_at);

-- the chain's head: one row, locked by each writer so that entries follow one another
CREATE TABLE security_chain (
  id           NUMBER(1)          NOT NULL,
  last_id      NUMBER(19)         NOT NULL,
  last_digest  VARCHAR2(64 CHAR)  NOT NULL,
  CONSTRAINT pk_security_chain PRIMARY KEY (id),
  CONSTRAINT ck_security_chain_one CHECK (id = 1)
);
INSERT INTO security_chain (id, last_id, last_digest)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- change records: the client address, and a keyed digest of each entry (NULL on entries written
-- before this migration)
ALTER TABLE audit_log ADD client_address VARCHAR2(45 CHAR);
ALTER TABLE audit_log ADD digest VARCHAR2(64 CHAR);

-- the audit administrator (三员分立): reads and exports the audit logs, nothing else
INSERT INTO app_role (code, sort_order) VALUES ('AUDITOR', 6);
INSERT INTO app_permission (code) VALUES ('audit:security');
INSERT INTO role_permission (role_code, permission_code) VALUES ('AUDITOR', 'audit:security');
INSERT INTO role_permission (role_code, permission_code) VALUES ('AUDITOR', 'audit:read');
-- no administrator reads personnel data or the audit by being an administrator: the system
-- administrator keeps accounts, reference lists, units and the policy, the auditor the audit
DELETE FROM role_permission WHERE role_code = 'ADMIN' AND permission_code IN ('personnel:read', 'audit:read');
-- a unit leader reads its unit's officers (the list, the records with the ID number masked, their
-- training and certificates), as it already read their records; it changes none of them
INSERT INTO role_permission (role_code, permission_code) VALUES ('LEADER', 'personnel:read');

-- password spraying: failures counted by client address as well as by name typed
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.login.addressMaxFailures', 'INTEGER', '30', '30', 5, 10000);
-- how long the security log is kept (MLPS asks at least six months)
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.audit.retentionMonths', 'INTEGER', '12', '12', 6, 600);

-- sessions: disabling an account, changing its roles, scope or password ends its live sessions
-- (each carries the epoch it began in); and a session lasts at most this long, however busy
ALTER TABLE account ADD session_epoch NUMBER(10) DEFAULT 0 NOT NULL;
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.session.absoluteHours', 'INTEGER', '12', '12', 1, 72);
