-- Pickers and lists name a unit after its parent where its name repeats (seven 刑侦大队): the
-- check looks units up by name.
CREATE INDEX ix_org_unit_name ON org_unit (name_zh);
