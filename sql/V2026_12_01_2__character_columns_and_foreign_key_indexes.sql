-- Oracle fidelity (docs/oracle.md): text columns count characters, and every foreign key leads an
-- index.
--
-- Oracle counts VARCHAR2(n) in bytes by default, and a Han character takes 3 bytes in AL32UTF8: a
-- name the validators accept would fail with ORA-12899. VARCHAR2(n CHAR) counts characters on
-- Oracle, as H2 always does. Every VARCHAR2 column of V1 and V2 is changed here, one column a
-- statement (H2 takes one column per MODIFY; both keep NOT NULL, keys and indexes); the later
-- migrations declare CHAR from the start (SchemaDialectTest).


ALTER TABLE org_unit MODIFY (code VARCHAR2(40 CHAR));
ALTER TABLE org_unit MODIFY (name_zh VARCHAR2(100 CHAR));
ALTER TABLE org_unit MODIFY (name_en VARCHAR2(150 CHAR));
ALTER TABLE org_unit MODIFY (kind VARCHAR2(30 CHAR));
ALTER TABLE org_unit MODIFY (path VARCHAR2(1000 CHAR));
ALTER TABLE org_unit MODIFY (region_code VARCHAR2(6 CHAR));

ALTER TABLE officer MODIFY (police_number VARCHAR2(6 CHAR));
ALTER TABLE officer MODIFY (name VARCHAR2(60 CHAR));
ALTER TABLE officer MODIFY (gender VARCHAR2(6 CHAR));
ALTER TABLE officer MODIFY (ethnicity VARCHAR2(20 CHAR));
ALTER TABLE officer MODIFY (id_number VARCHAR2(18 CHAR));
ALTER TABLE officer MODIFY (entry_channel VARCHAR2(20 CHAR));
ALTER TABLE officer MODIFY (category VARCHAR2(12 CHAR));
ALTER TABLE officer MODIFY (uniform_number VARCHAR2(20 CHAR));
ALTER TABLE officer MODIFY (rank_code VARCHAR2(10 CHAR));
ALTER TABLE officer MODIFY (grade_code VARCHAR2(10 CHAR));
ALTER TABLE officer MODIFY (line_code VARCHAR2(10 CHAR));
ALTER TABLE officer MODIFY (post_code VARCHAR2(10 CHAR));
ALTER TABLE officer MODIFY (status VARCHAR2(20 CHAR));
ALTER TABLE officer MODIFY (education VARCHAR2(20 CHAR));
ALTER TABLE officer MODIFY (phone VARCHAR2(20 CHAR));

ALTER TABLE app_role MODIFY (code VARCHAR2(20 CHAR));

ALTER TABLE app_permission MODIFY (code VARCHAR2(60 CHAR));

ALTER TABLE role_permission MODIFY (role_code VARCHAR2(20 CHAR));
ALTER TABLE role_permission MODIFY (permission_code VARCHAR2(60 CHAR));

ALTER TABLE account MODIFY (password_hash VARCHAR2(255 CHAR));
ALTER TABLE account MODIFY (locale VARCHAR2(10 CHAR));

ALTER TABLE login_failure MODIFY (login_name VARCHAR2(40 CHAR));

ALTER TABLE account_role MODIFY (role_code VARCHAR2(20 CHAR));

ALTER TABLE audit_log MODIFY (actor_police_number VARCHAR2(6 CHAR));
ALTER TABLE audit_log MODIFY (entity_type VARCHAR2(60 CHAR));
ALTER TABLE audit_log MODIFY (entity_id VARCHAR2(60 CHAR));
ALTER TABLE audit_log MODIFY (action VARCHAR2(30 CHAR));

ALTER TABLE policy_parameter MODIFY (param_key VARCHAR2(80 CHAR));
ALTER TABLE policy_parameter MODIFY (value_type VARCHAR2(20 CHAR));
ALTER TABLE policy_parameter MODIFY (param_value VARCHAR2(200 CHAR));
ALTER TABLE policy_parameter MODIFY (default_value VARCHAR2(200 CHAR));

ALTER TABLE app_setting MODIFY (setting_key VARCHAR2(80 CHAR));
ALTER TABLE app_setting MODIFY (setting_value VARCHAR2(200 CHAR));

ALTER TABLE officer_history MODIFY (attribute VARCHAR2(20 CHAR));
ALTER TABLE officer_history MODIFY (old_value VARCHAR2(60 CHAR));
ALTER TABLE officer_history MODIFY (new_value VARCHAR2(60 CHAR));
ALTER TABLE officer_history MODIFY (recorded_by VARCHAR2(6 CHAR));

ALTER TABLE reference_item MODIFY (list_code VARCHAR2(10 CHAR));
ALTER TABLE reference_item MODIFY (code VARCHAR2(10 CHAR));
ALTER TABLE reference_item MODIFY (name_zh VARCHAR2(60 CHAR));
ALTER TABLE reference_item MODIFY (name_en VARCHAR2(100 CHAR));

-- H2 indexes a foreign key itself; Oracle does not, and a parent's delete or key change then locks
-- the whole child table. The other foreign keys lead a key or an index already.
CREATE INDEX ix_officer_mentor ON officer (mentor_id);
CREATE INDEX ix_account_scope_unit ON account (scope_unit_id);
CREATE INDEX ix_role_permission_permission ON role_permission (permission_code);
CREATE INDEX ix_account_role_role ON account_role (role_code);
