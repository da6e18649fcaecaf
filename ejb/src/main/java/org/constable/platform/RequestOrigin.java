package org.constable.platform;

/**
 * The client address of the request this thread serves, for the audit; set by the web layer around
 * each request, absent on timers and at start-up.
 */
public final class RequestOrigin {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void begin(String address) {
    ADDRESS.set(address);
  }

  public static void end() {
    ADDRESS.remove();
  }

  /** The address, or null outside a request. */
  public static String address() {
    return ADDRESS.get();
  }
}
