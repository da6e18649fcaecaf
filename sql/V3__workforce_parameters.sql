-- Workforce statistics: the front-line target and the minimum staffing of police stations
-- (attachment 1: every station at least 6 officers, an urban one 20, a town one 10).

INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('workforce.frontLineTargetPercent', 'DECIMAL', '90', '90', 0, 100);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('workforce.station.minimum', 'INTEGER', '6', '6', 1, 1000);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('workforce.station.minimumUrban', 'INTEGER', '20', '20', 1, 1000);
INSERT INTO policy_parameter (param_key, value_type, param_value, default_value, min_value, max_value)
  VALUES ('workforce.station.minimumTown', 'INTEGER', '10', '10', 1, 1000);
