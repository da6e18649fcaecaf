/** ADMIN's pages: accounts and policy parameters. */
package org.constable.web.admin;
