package org.constable.security;

import java.security.SecureRandom;

/** Passwords that ADMIN hands over for a first log-in; the user must change them at once. */
final class TemporaryPasswords {

  // no 0/O, 1/l/I: they are read aloud or copied by hand
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  static String next() {
    var password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
