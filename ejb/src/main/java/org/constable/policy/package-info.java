/**
 * Policy parameters: every number a rule uses, stored with its default from the seed policy and
 * editable by ADMIN, each change audited.
 */
package org.constable.policy;
