/**
 * Demo leave: a year of annual, sick and personal leave, requests awaiting a leader, the ledger.
 */
package org.constable.demo.leave;
