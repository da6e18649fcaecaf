-- HR's leave list at 100,000 officers (issue 13, docs/performance.md): a page walks the newest
-- first and stops at the page; a year's count, or a rare kind's rows, come from the second.
CREATE INDEX ix_leave_record_start ON leave_record (start_date DESC, id DESC);
CREATE INDEX ix_leave_record_year_type ON leave_record (leave_year, leave_type);
