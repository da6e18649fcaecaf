/**
 * The demo data of the embedded default: a generated force and one log-in per role. Loaded once,
 * only when the server sets {@code constable.demo-data=true} (config/'s embedded H2 script does;
 * the Oracle script removes it).
 */
package org.constable.demo;
