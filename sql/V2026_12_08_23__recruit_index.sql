-- The home page's count of recruits without a mentor at 100,000 officers (issue 13,
-- docs/performance.md): the recruits of the mentoring window are one short range of this index,
-- read with their unit and mentor and no officer's row (100 ms to 11 ms in H2).
CREATE INDEX ix_officer_recruits ON officer (entry_channel, police_join_date, category, status,
  unit_id, mentor_id);
