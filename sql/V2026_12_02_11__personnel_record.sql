-- The record as Chinese personnel files hold it (issue 7): political status with the day of joining
-- the Party, native place and birthplace, the name's pinyin for sorting and search, a photo, the
-- résumé (简历); and the log of every roster import.

ALTER TABLE officer ADD political_status VARCHAR2(20 CHAR);
ALTER TABLE officer ADD party_join_date DATE;
ALTER TABLE officer ADD native_place VARCHAR2(60 CHAR);
ALTER TABLE officer ADD birth_place VARCHAR2(60 CHAR);
-- kept in step with the name by the entity; e.g. 张伟: zhangwei / zw
ALTER TABLE officer ADD name_pinyin VARCHAR2(200 CHAR);
ALTER TABLE officer ADD name_initials VARCHAR2(60 CHAR);
CREATE INDEX ix_officer_name_pinyin ON officer (name_pinyin, police_number);
CREATE INDEX ix_officer_name_pinyin_desc ON officer (name_pinyin DESC, police_number);
CREATE INDEX ix_officer_name_initials ON officer (name_initials);

CREATE TABLE officer_photo (
  officer_id   NUMBER(19)        NOT NULL,
  content      BLOB              NOT NULL,
  content_type VARCHAR2(50 CHAR) NOT NULL,
  uploaded_at  TIMESTAMP         NOT NULL,
  uploaded_by  VARCHAR2(6 CHAR),
  version      NUMBER(10)        DEFAULT 0 NOT NULL,
  CONSTRAINT pk_officer_photo PRIMARY KEY (officer_id),
  CONSTRAINT fk_officer_photo_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

-- 简历: dated rows of unit and position, before and after joining the police
CREATE TABLE officer_resume (
  id          NUMBER(19)         NOT NULL,
  officer_id  NUMBER(19)         NOT NULL,
  start_date  DATE               NOT NULL,
  end_date    DATE,
  unit_name   VARCHAR2(100 CHAR) NOT NULL,
  position    VARCHAR2(100 CHAR),
  CONSTRAINT pk_officer_resume PRIMARY KEY (id),
  CONSTRAINT fk_officer_resume_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT ck_officer_resume_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_officer_resume_officer ON officer_resume (officer_id, start_date);
CREATE SEQUENCE officer_resume_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE import_log (
  id            NUMBER(19)         NOT NULL,
  kind          VARCHAR2(30 CHAR)  NOT NULL,
  file_name     VARCHAR2(200 CHAR) NOT NULL,
  imported_by   VARCHAR2(6 CHAR),
  -- the importer's data scope, so that a county's HR reads its own county's imports only
  scope_path    VARCHAR2(1000 CHAR) NOT NULL,
  imported_at   TIMESTAMP          NOT NULL,
  row_count     NUMBER(10)         DEFAULT 0 NOT NULL,
  created_count NUMBER(10)         DEFAULT 0 NOT NULL,
  updated_count NUMBER(10)         DEFAULT 0 NOT NULL,
  error_count   NUMBER(10)         DEFAULT 0 NOT NULL,
  outcome       VARCHAR2(20 CHAR)  NOT NULL,
  CONSTRAINT pk_import_log PRIMARY KEY (id)
);
CREATE INDEX ix_import_log_time ON import_log (imported_at, scope_path);
CREATE SEQUENCE import_log_seq START WITH 1000 INCREMENT BY 50;
