-- Training done elsewhere (provincial courses, online courses) with its proof, approved by HR
-- before it credits the quota; the trainees' anonymous evaluations of their instructors (评教);
-- the units' operating budget and training spend against the 5% floor.

CREATE TABLE training_external (
  id              NUMBER(19)         NOT NULL,
  officer_id      NUMBER(19)         NOT NULL,
  kind            VARCHAR2(20 CHAR)  NOT NULL,
  title           VARCHAR2(200 CHAR) NOT NULL,
  provider        VARCHAR2(100 CHAR) NOT NULL,
  start_date      DATE               NOT NULL,
  end_date        DATE               NOT NULL,
  half_days       NUMBER(5)          NOT NULL,
  proof           BLOB               NOT NULL,
  proof_name      VARCHAR2(200 CHAR) NOT NULL,
  proof_type      VARCHAR2(50 CHAR)  NOT NULL,
  status          VARCHAR2(10 CHAR)  NOT NULL,
  decision_reason VARCHAR2(500 CHAR),
  submitted_at    TIMESTAMP          NOT NULL,
  submitted_by    VARCHAR2(6 CHAR),
  decided_at      TIMESTAMP,
  decided_by      VARCHAR2(6 CHAR),
  version         NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_external PRIMARY KEY (id),
  CONSTRAINT ck_training_external_half CHECK (half_days > 0),
  CONSTRAINT fk_training_external_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_training_external_officer ON training_external (officer_id, end_date);
CREATE INDEX ix_training_external_status ON training_external (status, submitted_at);

-- 评教: one row per rating, without the trainee, so that a rating cannot be traced back to whoever
-- gave it; training_evaluation_given only remembers that a trainee has rated a session (once).
CREATE TABLE training_evaluation (
  id            NUMBER(19)         NOT NULL,
  session_id    NUMBER(19)         NOT NULL,
  instructor_id NUMBER(19)         NOT NULL,
  content_score NUMBER(1)          NOT NULL,
  method_score  NUMBER(1)          NOT NULL,
  overall_score NUMBER(1)          NOT NULL,
  remark        VARCHAR2(300 CHAR),
  CONSTRAINT pk_training_evaluation PRIMARY KEY (id),
  CONSTRAINT ck_training_evaluation_scores CHECK (content_score BETWEEN 1 AND 5
    AND method_score BETWEEN 1 AND 5 AND overall_score BETWEEN 1 AND 5),
  CONSTRAINT fk_training_evaluation_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_training_evaluation_instr FOREIGN KEY (instructor_id) REFERENCES training_instructor (id)
);
CREATE INDEX ix_training_evaluation_session ON training_evaluation (session_id);
CREATE INDEX ix_training_evaluation_instr ON training_evaluation (instructor_id);

CREATE TABLE training_evaluation_given (
  session_id NUMBER(19) NOT NULL,
  officer_id NUMBER(19) NOT NULL,
  CONSTRAINT pk_training_evaluation_given PRIMARY KEY (session_id, officer_id),
  CONSTRAINT fk_training_eval_given_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_training_eval_given_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_training_eval_given_officer ON training_evaluation_given (officer_id);

-- 业务经费 and what the unit spent on training in a year, in yuan
CREATE TABLE training_budget (
  id               NUMBER(19)    NOT NULL,
  unit_id          NUMBER(19)    NOT NULL,
  year_no          NUMBER(4)     NOT NULL,
  operating_budget NUMBER(14,2)  NOT NULL,
  training_spend   NUMBER(14,2)  NOT NULL,
  version          NUMBER(10)    DEFAULT 0 NOT NULL,
  CONSTRAINT pk_training_budget PRIMARY KEY (id),
  CONSTRAINT uq_training_budget UNIQUE (unit_id, year_no),
  CONSTRAINT ck_training_budget_amounts CHECK (operating_budget >= 0 AND training_spend >= 0),
  CONSTRAINT fk_training_budget_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('training.budget.floorPercent', 'INTEGER', '5', '5', 0, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('training.evaluation.minimumRatings', 'INTEGER', '3', '3', 1, 50);
