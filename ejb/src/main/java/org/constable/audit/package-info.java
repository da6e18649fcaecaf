/** The append-only change log: who changed what, when, from which value to which. */
package org.constable.audit;
