package org.constable.platform;

import jakarta.ejb.ApplicationException;

/**
 * The record exists but lies beyond the caller's data scope. Refused as any access, logged as one,
 * and answered exactly as a record that does not exist (404, the same text), so that a hand-edited
 * id cannot tell another county's records from made-up ones.
 */
@ApplicationException(rollback = true)
public class OutOfScopeException extends AccessDeniedException {}
