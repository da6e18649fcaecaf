package org.constable.demo.training;

/**
 * Who gets a training history. Each trainee adds some seventy rows (a row per day attended), all in
 * the loader's one transaction, and H2 takes minutes to commit millions of rows (a 100,000-officer
 * force would take over ten, beyond WildFly's five-minute transaction timeout). So everyone serving
 * is trained up to {@code most}; in a bigger force, an even sample of about {@code most} by id, the
 * protected trainees always among them, and the others have no training record.
 */
record TrainedSample(int serving, int most) {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final int SCALE = 1 << 20;

  double share() {
    return serving <= most ? 1 : (double) most / serving;
  }

  boolean includes(Trainee trainee) {
    if (trainee.isProtected() || share() >= 1) {
      return true;
    }
    long mixed = (trainee.id() * GOLDEN_GAMMA) >>> 40;
    return mixed % SCALE < share() * SCALE;
  }

  /** The organisers with the head counts the sample trains, which the timetable plans for. */
  Orgs scale(Orgs orgs) {
    if (share() >= 1) {
      return orgs;
    }
    return orgs.scaled(share());
  }
}
