/**
 * The demo data of the embedded default, in an artifact of its own: only the demo EAR ({@code
 * constable-demo.ear}) holds it, never the production EAR. Loaded once, and only when the server
 * sets {@code constable.demo-data=true} (config/'s embedded H2 script does; the Oracle script
 * removes it): first the generated force ({@link org.constable.demo.personnel}), then each
 * capability's {@link org.constable.demo.CapabilityDemo}.
 */
package org.constable.demo;
