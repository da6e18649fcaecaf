package org.constable.personnel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.NotFoundException;
import org.constable.security.AccountPrincipal;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Permissions;
import org.constable.security.Role;

/**
 * What the services that change officers share, inside their transaction and after their guard: the
 * record within the caller's scope, a unit it may place officers in, the stamp of a change.
 */
@Dependent
class OfficerRecords {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /**
   * An officer whose record the caller may read: its own, or one within its scope for HR and unit
   * leaders; else 403, or 404 for no such officer.
   */
  Officer readable(long officerId) {
    AccountPrincipal me = currentUser.require();
    boolean own = officerId == me.officerId() && me.can(Permissions.SELF_READ);
    if (!own && !me.can(Permissions.PERSONNEL_READ) && !me.has(Role.LEADER)) {
      throw new AccessDeniedException();
    }
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException(OfficerRegister.ENTITY, officerId);
    }
    if (!own) {
      DataScope.of(me).requireCovers(officer.getUnit().getPath());
    }
    return officer;
  }

  /** The officer, if the caller's scope covers its unit; else 403, or 404 for no such officer. */
  Officer writable(long officerId) {
    Officer officer = em.find(Officer.class, officerId);
    if (officer == null) {
      throw new NotFoundException(OfficerRegister.ENTITY, officerId);
    }
    currentUser.scope().requireCovers(officer.getUnit().getPath());
    return officer;
  }

  /** An open unit inside the caller's scope; one outside is reported as unknown. */
  OrgUnit unitInScope(String code) {
    OrgUnit unit =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (unit == null || unit.isClosed() || !currentUser.scope().covers(unit.getPath())) {
      // its existence is not the caller's business
      throw new InvalidInputException(
          List.of(FieldError.of("unitCode", "personnel.field.unknownUnit", code)));
    }
    return unit;
  }

  /** A change effective on a day no later than a year from now, recorded now by the caller. */
  HistoryStamp stamp(LocalDate effective) {
    if (effective == null || effective.isAfter(LocalDate.now(clock).plusYears(1))) {
      throw new InvalidInputException(
          List.of(FieldError.of("effectiveDate", "personnel.field.effectiveDate")));
    }
    return new HistoryStamp(effective, LocalDateTime.now(clock), currentUser.policeNumberOrNull());
  }
}
