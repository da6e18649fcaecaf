-- HR's certificate list over the whole force at 100,000 officers (issue 13, docs/performance.md):
-- listed by police number, a page walks ix_officer_cert_police_number and stops at the page instead
-- of joining and sorting every certificate. The holder's police number is fixed for good (the
-- register refuses to change it), so the copy on the certificate never goes out of step.
ALTER TABLE officer_certificate ADD police_number VARCHAR2(6 CHAR);
UPDATE officer_certificate c SET police_number = (
  SELECT o.police_number FROM officer o WHERE o.id = c.officer_id);
ALTER TABLE officer_certificate MODIFY (police_number NOT NULL);
CREATE INDEX ix_officer_cert_police_number ON officer_certificate (police_number, type_code,
  issued_on DESC, id DESC);
