package org.constable.personnel;

import java.io.Serializable;

/**
 * A warning a capability raises about officers on a day (lacks a required certificate, may not do
 * enforcement): the officer list filters by it and shows it on each row, the record at its top.
 * {@code sql} is a condition on {@code officer o} alone (its columns and subqueries), with no
 * parameters; the label is the bundle key {@code mark.<code>}.
 */
public record OfficerMark(String code, String sql) implements Serializable {}
