-- The security administrator (三员分立, issue 8): grants roles and data scopes, resets the second
-- factor and keeps the security policy (the security.* parameters). The system administrator keeps
-- accounts (create, disable, reset a password), reference lists, units and the other parameters;
-- the audit administrator reads the logs. No account holds two of the three.
INSERT INTO app_role (code, sort_order) VALUES ('SECADMIN', 7);
INSERT INTO app_permission (code) VALUES ('account:grant');
INSERT INTO app_permission (code) VALUES ('security:policy');
INSERT INTO role_permission (role_code, permission_code) VALUES ('SECADMIN', 'account:grant');
INSERT INTO role_permission (role_code, permission_code) VALUES ('SECADMIN', 'security:policy');
-- both administrators see the account list and the parameters; each changes only its own share
INSERT INTO app_permission (code) VALUES ('account:read');
INSERT INTO app_permission (code) VALUES ('policy:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'account:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('ADMIN', 'policy:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('SECADMIN', 'account:read');
INSERT INTO role_permission (role_code, permission_code) VALUES ('SECADMIN', 'policy:read');
-- an administrator signs in with a second factor
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('security.twoFactor.SECADMIN', 'BOOLEAN', 'true', 'true', NULL, NULL);
