/** The demo force's certificates. */
package org.constable.demo.qualification;
