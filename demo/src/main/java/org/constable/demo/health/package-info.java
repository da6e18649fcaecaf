/** Demo health checks: three years of yearly checks with chronic conditions, follow-ups, gaps. */
package org.constable.demo.health;
