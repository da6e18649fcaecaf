package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;

/**
 * The reference lists (ranks, grades, police lines, posts). Everyone logged in reads them; ADMIN
 * adds entries, renames them and retires them. An entry is never deleted: records keep its code.
 */
@Stateless
public class ReferenceLists {

  public static final Set<String> LISTS =
      Set.of(ReferenceList.RANK, ReferenceList.GRADE, ReferenceList.LINE, ReferenceList.POST);
  private static final String ENTITY = "ReferenceItem";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;

  /** Every entry, retired ones included (old records still show their names). */
  public List<ReferenceItem> all() {
    currentUser.require();
    return em.createNamedQuery("ReferenceItem.findAll", ReferenceItem.class).getResultList();
  }

  public void add(String listCode, String code, String nameZh, String nameEn) {
    currentUser.require(Permissions.REFERENCE_MANAGE);
    if (!LISTS.contains(listCode)) {
      throw new BusinessException("reference.noSuchList", listCode);
    }
    String newCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!newCode.matches("[A-Z0-9]{1,10}")) {
      throw new BusinessException("reference.codeFormat");
    }
    var key = new ReferenceItem.Key(listCode, newCode);
    if (em.find(ReferenceItem.class, key) != null) {
      throw new BusinessException("reference.codeTaken", newCode);
    }
    // MAX comes back as the column's NUMBER type, whatever the attribute's
    Number last =
        (Number)
            em.createQuery("SELECT MAX(r.sortOrder) FROM ReferenceItem r WHERE r.listCode = :l")
                .setParameter("l", listCode)
                .getSingleResult();
    int next = (last == null ? 0 : last.intValue()) + 10;
    var item = new ReferenceItem(listCode, newCode, name(nameZh), name(nameEn), next);
    em.persist(item);
    audit.record(ENTITY, listCode + ":" + newCode, "CREATE", Changes.created(item.auditSnapshot()));
  }

  public void rename(String listCode, String code, String nameZh, String nameEn, long versionSeen) {
    change(listCode, code, versionSeen, "RENAME", item -> item.rename(name(nameZh), name(nameEn)));
  }

  public void setActive(String listCode, String code, boolean active, long versionSeen) {
    change(
        listCode,
        code,
        versionSeen,
        active ? "ACTIVATE" : "RETIRE",
        item -> item.setActive(active));
  }

  private void change(
      String listCode,
      String code,
      long versionSeen,
      String action,
      java.util.function.Consumer<ReferenceItem> edit) {
    currentUser.require(Permissions.REFERENCE_MANAGE);
    ReferenceItem item = em.find(ReferenceItem.class, new ReferenceItem.Key(listCode, code));
    if (item == null) {
      throw new NotFoundException(ENTITY, listCode + ":" + code);
    }
    Versioned.requireCurrent(item.getVersion(), versionSeen);
    var before = item.auditSnapshot();
    edit.accept(item);
    Versioned.flush(em);
    audit.record(
        ENTITY, listCode + ":" + code, action, Changes.between(before, item.auditSnapshot()));
  }

  private static String name(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("reference.nameRequired");
    }
    if (text.strip().length() > 60) {
      throw new BusinessException("reference.nameTooLong", 60);
    }
    return text.strip();
  }
}
