-- Personnel: dated history of an officer's unit, post, grade, rank, line and status; the
-- reference lists that ADMIN can extend (seeded with the lists of the seed policy).

CREATE SEQUENCE officer_history_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE officer_history (
  id             NUMBER(19)    NOT NULL,
  officer_id     NUMBER(19)    NOT NULL,
  attribute      VARCHAR2(20)  NOT NULL,
  old_value      VARCHAR2(60),
  new_value      VARCHAR2(60),
  effective_date DATE          NOT NULL,
  recorded_at    TIMESTAMP     NOT NULL,
  recorded_by    VARCHAR2(6),
  CONSTRAINT pk_officer_history PRIMARY KEY (id),
  CONSTRAINT fk_officer_history_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_officer_history_officer ON officer_history (officer_id, effective_date);

CREATE TABLE reference_item (
  list_code  VARCHAR2(10)  NOT NULL,
  code       VARCHAR2(10)  NOT NULL,
  name_zh    VARCHAR2(60)  NOT NULL,
  name_en    VARCHAR2(100) NOT NULL,
  sort_order NUMBER(5)     NOT NULL,
  active     NUMBER(1)     DEFAULT 1 NOT NULL,
  version    NUMBER(10)    DEFAULT 0 NOT NULL,
  CONSTRAINT pk_reference_item PRIMARY KEY (list_code, code)
);

INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JY2', '二级警员', 'Constable, Second Class', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JY1', '一级警员', 'Constable, First Class', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JS3', '三级警司', 'Inspector, Third Class', 30, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JS2', '二级警司', 'Inspector, Second Class', 40, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JS1', '一级警司', 'Inspector, First Class', 50, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JD3', '三级警督', 'Superintendent, Third Class', 60, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JD2', '二级警督', 'Superintendent, Second Class', 70, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JD1', '一级警督', 'Superintendent, First Class', 80, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JG3', '三级警监', 'Commissioner, Third Class', 90, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JG2', '二级警监', 'Commissioner, Second Class', 100, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('RANK', 'JG1', '一级警监', 'Commissioner, First Class', 110, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'KY', '科员', 'Section Member', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'FZRKY', '副主任科员', 'Deputy Principal Staff Member', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'ZRKY', '主任科员', 'Principal Staff Member', 30, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'FKJ', '副科级', 'Deputy Section Chief Level', 40, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'ZKJ', '正科级', 'Section Chief Level', 50, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'FCJ', '副处级', 'Deputy Division Chief Level', 60, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('GRADE', 'ZCJ', '正处级', 'Division Chief Level', 70, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'ZA', '治安', 'Public Order', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'XZ', '刑侦', 'Criminal Investigation', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'JJ', '交警', 'Traffic Police', 30, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'XT', '巡特警', 'Patrol and Special Police', 40, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'WA', '网安', 'Cyber Security', 50, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'FZ', '法制', 'Legal Affairs', 60, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'JD', '禁毒', 'Narcotics Control', 70, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'JG', '监管', 'Detention Supervision', 80, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'ZG', '政工', 'Political Work', 90, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'ZH', '指挥', 'Command', 100, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('LINE', 'JZ', '经侦', 'Economic Crime Investigation', 110, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'FZY', '法制员', 'Legal Officer', 10, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'SGCL', '事故处理', 'Accident Handling', 20, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'GLQ', '岗路勤', 'Road Duty', 30, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'CG', '车管', 'Vehicle Administration', 40, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'SQMJ', '社区民警', 'Community Officer', 50, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'BAMJ', '办案民警', 'Case Officer', 60, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'NQ', '内勤', 'Office Duty', 70, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'LD', '领导', 'Leadership', 80, 1, 0);
INSERT INTO reference_item (list_code, code, name_zh, name_en, sort_order, active, version) VALUES ('POST', 'ZQ', '执勤', 'Patrol Duty', 90, 1, 0);

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('personnel.recruit.mentoringYears', 'INTEGER', '2', '2', 1, 5);
CREATE INDEX ix_officer_police_join ON officer (police_join_date);
