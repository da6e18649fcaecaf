-- Personal API tokens (issue 8): an account issues them for itself, for REST clients; named,
-- read-only or read-write, expiring, revocable. Only a SHA-256 of each is kept: the token is shown
-- once. A call with a token costs no password hash.
CREATE TABLE api_token (
  id           NUMBER(19)         NOT NULL,
  account_id   NUMBER(19)         NOT NULL,
  name         VARCHAR2(60 CHAR)  NOT NULL,
  token_hash   VARCHAR2(64 CHAR)  NOT NULL,
  write_access NUMBER(1)          DEFAULT 0 NOT NULL,
  created_at   TIMESTAMP          NOT NULL,
  expires_on   DATE               NOT NULL,
  revoked_at   TIMESTAMP,
  last_used_at TIMESTAMP,
  CONSTRAINT pk_api_token PRIMARY KEY (id),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 10;
CREATE INDEX ix_api_token_account ON api_token (account_id, created_at);
