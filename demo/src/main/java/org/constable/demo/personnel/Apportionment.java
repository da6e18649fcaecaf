package org.constable.demo.personnel;

import java.util.Arrays;

/** Splits a whole number into parts proportional to weights, exactly, by the D'Hondt method. */
final class Apportionment {

  private Apportionment() {}

  static int[] divide(int total, double[] weights) {
    int[] none = new int[weights.length];
    int[] unlimited = new int[weights.length];
    Arrays.fill(unlimited, Integer.MAX_VALUE);
    return divide(total, weights, none, unlimited);
  }

  /**
   * Starts every part at its floor, then hands out the rest one at a time to the part with the
   * highest weight per unit it would hold, never above its cap. A part whose floor exceeds its
   * proportional share keeps the floor; the others share the rest in proportion.
   */
  static int[] divide(int total, double[] weights, int[] floors, int[] caps) {
    int[] parts = floors.clone();
    long left = total - Arrays.stream(floors).asLongStream().sum();
    if (left < 0) {
      throw new IllegalArgumentException("floors exceed " + total);
    }
    for (; left > 0; left--) {
      int best = -1;
      double bestQuotient = 0;
      for (int i = 0; i < parts.length; i++) {
        double quotient = weights[i] / (parts[i] + 1);
        if (parts[i] < caps[i] && quotient > bestQuotient) {
          best = i;
          bestQuotient = quotient;
        }
      }
      if (best < 0) {
        throw new IllegalArgumentException("caps hold fewer than " + total);
      }
      parts[best]++;
    }
    return parts;
  }
}
