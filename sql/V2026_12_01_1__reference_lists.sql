-- Reference lists belong to no capability: each capability declares its lists here, in its own
-- migration, and seeds their entries in reference_item. Personnel declares the four it owns.

CREATE TABLE reference_list (
  code       VARCHAR2(10 CHAR)  NOT NULL,
  name_zh    VARCHAR2(30 CHAR)  NOT NULL,
  name_en    VARCHAR2(60 CHAR)  NOT NULL,
  capability VARCHAR2(30 CHAR)  NOT NULL,
  sort_order NUMBER(5)          NOT NULL,
  CONSTRAINT pk_reference_list PRIMARY KEY (code)
);

INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('RANK', '警衔', 'Police ranks', 'personnel', 10);
INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('GRADE', '职级', 'Grades', 'personnel', 20);
INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('LINE', '警种', 'Police lines', 'personnel', 30);
INSERT INTO reference_list (code, name_zh, name_en, capability, sort_order) VALUES ('POST', '岗位', 'Posts', 'personnel', 40);

ALTER TABLE reference_item ADD CONSTRAINT fk_reference_item_list
  FOREIGN KEY (list_code) REFERENCES reference_list (code);
