-- The second factor's secrets are sealed (AES-GCM, under a key outside the database): the sealed
-- form is longer than the secret. A secret stored before is still read as it is.
ALTER TABLE account MODIFY (totp_secret VARCHAR2(200 CHAR));
ALTER TABLE account MODIFY (totp_pending VARCHAR2(200 CHAR));
