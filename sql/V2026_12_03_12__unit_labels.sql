-- A unit's label as lists, exports and the record show it: its name, after its parent's where the
-- same name occurs more than once ("临河区公安分局 / 刑侦大队"). Stored, so that a page of officers or
-- an export of thousands reads it with the unit's name; UnitLabels keeps it in step when a unit is
-- added, renamed or moved.
ALTER TABLE org_unit ADD label_zh VARCHAR2(260 CHAR);
ALTER TABLE org_unit ADD label_en VARCHAR2(410 CHAR);
UPDATE org_unit SET label_zh = name_zh, label_en = name_en;
UPDATE org_unit u
   SET label_zh = (SELECT p.name_zh FROM org_unit p WHERE p.id = u.parent_id) || ' / ' || u.name_zh,
       label_en = (SELECT p.name_en FROM org_unit p WHERE p.id = u.parent_id) || ' / ' || u.name_en
 WHERE u.parent_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM org_unit t WHERE t.name_zh = u.name_zh AND t.id <> u.id);
ALTER TABLE org_unit MODIFY (label_zh NOT NULL);
ALTER TABLE org_unit MODIFY (label_en NOT NULL);
