-- Oracle only (docs/oracle.md): after every migration, run as the schema owner, the application
-- user ${applicationUser} gets what the application needs and no more. The audit logs (change
-- records and security events) it may only read and append to, so that they stay append-only at
-- the database too. Flyway's own history
-- table stays the owner's.
BEGIN
  FOR t IN (SELECT table_name FROM user_tables WHERE table_name <> 'flyway_schema_history') LOOP
    IF t.table_name IN ('AUDIT_LOG', 'SECURITY_EVENT') THEN
      EXECUTE IMMEDIATE 'GRANT SELECT, INSERT ON ' || t.table_name || ' TO ${applicationUser}';
    ELSE
      EXECUTE IMMEDIATE
        'GRANT SELECT, INSERT, UPDATE, DELETE ON ' || t.table_name || ' TO ${applicationUser}';
    END IF;
  END LOOP;
  FOR s IN (SELECT sequence_name FROM user_sequences) LOOP
    EXECUTE IMMEDIATE 'GRANT SELECT ON ' || s.sequence_name || ' TO ${applicationUser}';
  END LOOP;
END;
/
