-- The home page's station card at 100,000 officers (issue 13, docs/performance.md): the serving
-- police per unit are counted from this narrow index; the workforce index (ix_officer_training)
-- answers it too, but its eleven columns make each entry several times dearer to read (about
-- 280 ms against 45 ms in H2 for the whole force).
CREATE INDEX ix_officer_headcount ON officer (category, status, unit_id, police_join_date);
