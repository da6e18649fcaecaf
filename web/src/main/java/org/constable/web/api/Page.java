package org.constable.web.api;

import java.util.List;

/** One page of a list: the items asked for and how many there are in all. */
public record Page<T>(long total, List<T> items) {}
