/** The pages of certificates and qualification compliance, the record tab, the scan servlet. */
package org.constable.web.qualification;
