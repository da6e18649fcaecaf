package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * HR and ADMIN maintain the unit tree within their scope: add, rename, move, close. A unit that
 * still has officers, or open units beneath it, cannot be closed.
 */
@Stateless
@Guard(Permissions.ORGUNIT_WRITE)
public class OrgUnitAdministration {

  private static final String ENTITY = "OrgUnit";
  private static final int MAX_NAME = 100;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private UnitLabels labels;

  /**
   * The open units of the scope, parents before children (path order), for the tree: no personal
   * data, so whoever keeps the units reads it too (ADMIN, which reads no officers).
   */
  @Guard({Permissions.PERSONNEL_READ, Permissions.ORGUNIT_WRITE})
  public List<UnitRow> tree() {
    DataScope scope = currentUser.scope();
    return em.createQuery(
            UnitRow.SELECT
                + " WHERE u.closed = :closed AND "
                + scope.jpqlCondition("u")
                + " ORDER BY u.path",
            UnitRow.class)
        .setParameter("closed", false)
        .setParameter(DataScope.PARAMETER, scope.pathPattern())
        .getResultList();
  }

  public long add(String parentCode, String code, String nameZh, String nameEn, UnitKind kind) {
    DataScope scope = currentUser.scope();
    OrgUnit parent = inScope(byCode(parentCode), scope);
    String newCode = required(code, "orgunit.codeRequired");
    if (!newCode.matches("[A-Za-z0-9._-]{1,40}")) {
      throw new BusinessException("orgunit.codeFormat");
    }
    if (findByCode(newCode) != null) {
      throw new BusinessException("orgunit.codeTaken", newCode);
    }
    if (kind == null || kind == UnitKind.CITY_BUREAU) {
      throw new BusinessException("orgunit.kindRequired");
    }
    var unit = new OrgUnit(newCode, name(nameZh), name(nameEn), kind, parent.getRegionCode());
    em.persist(unit);
    unit.placeUnder(parent);
    em.flush();
    labels.relabelNamed(Set.of(unit.getNameZh()));
    audit.record(ENTITY, unit.getId(), "CREATE", Changes.created(unit.auditSnapshot()));
    return unit.getId();
  }

  public void rename(long unitId, String nameZh, String nameEn, long versionSeen) {
    OrgUnit unit = writable(unitId, versionSeen);
    var before = unit.auditSnapshot();
    String oldName = unit.getNameZh();
    unit.rename(name(nameZh), name(nameEn));
    Versioned.flush(em);
    // the names it left and took, and its children's, whose labels may carry its name
    Set<String> names = new HashSet<>(Set.of(oldName, unit.getNameZh()));
    names.addAll(
        em.createQuery("SELECT c.nameZh FROM OrgUnit c WHERE c.parent = :unit", String.class)
            .setParameter("unit", unit)
            .getResultList());
    labels.relabelNamed(names);
    audit.record(ENTITY, unitId, "RENAME", Changes.between(before, unit.auditSnapshot()));
  }

  /** Moves the unit, with everything beneath it, under another unit of the scope. */
  public void move(long unitId, String newParentCode, long versionSeen) {
    DataScope scope = currentUser.scope();
    OrgUnit unit = writable(unitId, versionSeen);
    OrgUnit newParent = inScope(byCode(newParentCode), scope);
    if (unit.contains(newParent)) {
      throw new BusinessException("orgunit.moveIntoItself");
    }
    if (unit.getParent() == null) {
      throw new BusinessException("orgunit.rootFixed");
    }
    var before = unit.auditSnapshot();
    String oldPath = unit.getPath();
    unit.placeUnder(newParent);
    Versioned.flush(em);
    // the units beneath keep their place in the tree: only the prefix of their path changes
    em.createQuery(
            "UPDATE OrgUnit u SET u.path = CONCAT(:newPath, SUBSTRING(u.path, :cut))"
                + " WHERE u.path LIKE :oldPattern AND u.id <> :id")
        .setParameter("newPath", unit.getPath())
        .setParameter("cut", oldPath.length() + 1)
        .setParameter("oldPattern", oldPath + "%")
        .setParameter("id", unitId)
        .executeUpdate();
    labels.relabelNamed(Set.of(unit.getNameZh()));
    audit.record(ENTITY, unitId, "MOVE", Changes.between(before, unit.auditSnapshot()));
  }

  public void close(long unitId, long versionSeen) {
    OrgUnit unit = writable(unitId, versionSeen);
    long officers =
        em.createQuery(
                "SELECT COUNT(o) FROM Officer o WHERE o.unit.path LIKE :path AND o.status IN :active",
                Long.class)
            .setParameter("path", unit.getPath() + "%")
            .setParameter("active", OfficerStatus.active())
            .getSingleResult();
    if (officers > 0) {
      throw new BusinessException("orgunit.hasOfficers", officers);
    }
    long openChildren =
        em.createQuery(
                "SELECT COUNT(u) FROM OrgUnit u WHERE u.parent = :unit AND u.closed = :closed",
                Long.class)
            .setParameter("unit", unit)
            .setParameter("closed", false)
            .getSingleResult();
    if (openChildren > 0) {
      throw new BusinessException("orgunit.hasOpenUnits", openChildren);
    }
    var before = unit.auditSnapshot();
    unit.close();
    Versioned.flush(em);
    audit.record(ENTITY, unitId, "CLOSE", Changes.between(before, unit.auditSnapshot()));
  }

  public long versionOf(long unitId) {
    return writable(unitId, null).getVersion();
  }

  private OrgUnit writable(long unitId, Long versionSeen) {
    DataScope scope = currentUser.scope();
    OrgUnit unit = em.find(OrgUnit.class, unitId);
    if (unit == null) {
      throw new NotFoundException(ENTITY, unitId);
    }
    scope.requireCovers(unit.getPath());
    if (versionSeen != null) {
      Versioned.requireCurrent(unit.getVersion(), versionSeen);
    }
    return unit;
  }

  private static OrgUnit inScope(OrgUnit unit, DataScope scope) {
    scope.requireCovers(unit.getPath());
    return unit;
  }

  private OrgUnit byCode(String code) {
    OrgUnit unit = findByCode(code == null ? "" : code.strip());
    if (unit == null || unit.isClosed()) {
      throw new BusinessException("account.noSuchUnit", code);
    }
    return unit;
  }

  private OrgUnit findByCode(String code) {
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static String name(String text) {
    String value = required(text, "orgunit.nameRequired");
    if (value.length() > MAX_NAME) {
      throw new BusinessException("orgunit.nameTooLong", MAX_NAME);
    }
    return value;
  }

  private static String required(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new BusinessException(key);
    }
    return text.strip();
  }
}
