package org.constable.web.shell;

/** The Chinese messages, asked for as plain {@code zh}; the same as the default. */
public class Messages_zh extends Messages {}
