/** The page shell: the user's language, the menu, messages in the user's language. */
package org.constable.web.shell;
