package org.constable.platform;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a long piece of work has come, for a page to show while it runs: the phase (a message
 * key) and the items done of the phase's total. The worker writes it, the page's poll reads it,
 * from other threads: every field is safe to read at any time.
 */
public final class Progress implements Serializable {

  private static final long serialVersionUID = 1L;

  /** For callers that show no progress. */
  public static final Progress NONE = new Progress();

  private volatile String phase;
  private volatile int total;
  private final AtomicInteger done = new AtomicInteger();

  public void start(String newPhase, int newTotal) {
    done.set(0);
    total = newTotal;
    phase = newPhase;
  }

  public void advance(int items) {
    done.addAndGet(items);
  }

  public String phase() {
    return phase;
  }

  /** The total, once known after the phase started (a download learns its row count late). */
  public void expect(int newTotal) {
    total = newTotal;
  }

  /** Items done; while the total is unknown (0), however many there are. */
  public int done() {
    int all = total;
    return all == 0 ? done.get() : Math.min(done.get(), all);
  }

  public int total() {
    return total;
  }

  /** 0 to 100. */
  public int percent() {
    int all = total;
    return all == 0 ? 0 : (int) (100L * done() / all);
  }
}
