/**
 * Personnel pages: the officer list (a lazy table paged, sorted and filtered in the database) and
 * the officer record. Scope is enforced by the services; a hand-edited id answers 403 or 404.
 */
package org.constable.web.personnel;
