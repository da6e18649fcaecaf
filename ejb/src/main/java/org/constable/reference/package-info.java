/**
 * Reference lists (code lists) that no capability owns alone: each capability declares its lists
 * (ranks, posts, certificate types, course categories …) in {@code reference_list} by its own
 * migration and seeds their entries there; the database is the only seed. Labels, form choices,
 * import codes and the ADMIN page work for every declared list. An entry is never deleted: a
 * retired code stays valid on the records that hold it.
 */
package org.constable.reference;
