package org.constable.demo.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.constable.personnel.InvalidValueException;
import org.constable.personnel.StationStaffingRule;

/**
 * A deterministic demo force modelled on the Bayannur bureau: its org-unit tree and its people,
 * with the workforce figures of the 2013 plans holding exactly on the reference day {@code asOf},
 * scaled to the requested number of active police officers. The same arguments always give the same
 * force.
 *
 * <p>Among active police officers: the counts aged 30 or under, aged 51 or over, at high-school
 * level or below and recruited within the ten years before {@code asOf} are 175, 463, 601 and 98
 * per 2,975; the average age rounds to 45.1; 90% are front line; every police station meets {@link
 * StationStaffingRule#defaults()} except three. Civilian staff (150 per 2,975), auxiliary staff
 * (500 per 2,975) and former officers (retired or transferred out, 60 per 2,975) come on top.
 */
public final class DemoForce {

  public static final String FORCE_SIZE = "personnel.demo.forceSize";
  public static final int BAYANNUR_POLICE = ForceTargets.REFERENCE_FORCE;
  public static final int MAXIMUM_POLICE = 400_000;

  private static final List<UnitProfile> UNITS = BayannurOrgChart.units();

  private final LocalDate asOf;
  private final ForceTargets targets;
  private final StaffingPlan plan;

  /**
   * @throws InvalidValueException with {@link #FORCE_SIZE} (minimum, maximum) if the force is too
   *     small to staff every unit or larger than {@link #MAXIMUM_POLICE}
   */
  public DemoForce(LocalDate asOf, int policeOfficers) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    if (policeOfficers < minimumPoliceOfficers() || policeOfficers > MAXIMUM_POLICE) {
      throw new InvalidValueException(FORCE_SIZE, minimumPoliceOfficers(), MAXIMUM_POLICE);
    }
    this.targets = ForceTargets.forPolice(policeOfficers);
    this.plan = new StaffingPlan(UNITS, targets, StationStaffingRule.defaults());
  }

  /** The force of the plans: 2,975 active police officers. */
  public static DemoForce bayannur(LocalDate asOf) {
    return new DemoForce(asOf, BAYANNUR_POLICE);
  }

  public static int minimumPoliceOfficers() {
    return StaffingPlan.minimumPolice(UNITS, StationStaffingRule.defaults());
  }

  /** The org-unit tree, parents before their children. */
  public List<DemoUnit> units() {
    return UNITS.stream().map(UnitProfile::unit).toList();
  }

  public LocalDate asOf() {
    return asOf;
  }

  public int policeOfficers() {
    return targets.police();
  }

  public int civilianStaff() {
    return targets.civilians();
  }

  public int auxiliaryStaff() {
    return targets.auxiliaries();
  }

  public int formerOfficers() {
    return targets.retired() + targets.transferredOut();
  }

  /** Everyone, in unit order, one at a time: the force is never held in memory. */
  public void forEachOfficer(Consumer<DemoOfficer> sink) {
    new ForceWriter(asOf, UNITS, plan, targets).write(sink);
  }
}
