package org.constable.reference;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.BusinessException;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Every declared reference list. Everyone logged in reads them; ADMIN adds entries, renames them
 * and retires them. An entry is never deleted: records keep its code.
 */
@Stateless
@Guard
public class ReferenceLists {

  private static final String ENTITY = "ReferenceItem";
  private static final int NAME_MAX = 60;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  /** The declared lists, in their order. */
  public List<ReferenceListView> lists() {
    return em.createNamedQuery("ReferenceListDefinition.findAll", ReferenceListDefinition.class)
        .getResultStream()
        .map(ReferenceListDefinition::toView)
        .toList();
  }

  /** Every entry of every list, retired ones included (old records still show their names). */
  public List<ReferenceEntry> entries() {
    return em.createNamedQuery("ReferenceItem.findAll", ReferenceItem.class)
        .getResultStream()
        .map(ReferenceItem::toEntry)
        .toList();
  }

  /** One list's entries in order, retired ones included. */
  public List<ReferenceEntry> entries(String listCode) {
    return em.createNamedQuery("ReferenceItem.findByList", ReferenceItem.class)
        .setParameter("list", listCode)
        .getResultStream()
        .map(ReferenceItem::toEntry)
        .toList();
  }

  /** The codes that new values may take now: the active entries of every list. */
  public ReferenceCodes activeCodes() {
    return ReferenceCodes.of(entries().stream().filter(ReferenceEntry::active).toList());
  }

  @Guard(Permissions.REFERENCE_MANAGE)
  public void add(String listCode, String code, String nameZh, String nameEn) {
    if (em.find(ReferenceListDefinition.class, listCode == null ? "" : listCode) == null) {
      throw new BusinessException("reference.noSuchList", listCode);
    }
    String newCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!newCode.matches("[A-Z0-9]{1,10}")) {
      throw new BusinessException("reference.codeFormat");
    }
    if (em.find(ReferenceItem.class, new ReferenceItem.Key(listCode, newCode)) != null) {
      throw new BusinessException("reference.codeTaken", newCode);
    }
    // MAX comes back as the column's NUMBER type, whatever the attribute's
    Number last =
        (Number)
            em.createNamedQuery("ReferenceItem.lastSortOrder")
                .setParameter("list", listCode)
                .getSingleResult();
    int next = (last == null ? 0 : last.intValue()) + 10;
    var item = new ReferenceItem(listCode, newCode, name(nameZh), name(nameEn), next);
    em.persist(item);
    audit.record(ENTITY, listCode + ":" + newCode, "CREATE", Changes.created(item.auditSnapshot()));
  }

  @Guard(Permissions.REFERENCE_MANAGE)
  public void rename(String listCode, String code, String nameZh, String nameEn, long versionSeen) {
    change(listCode, code, versionSeen, "RENAME", item -> item.rename(name(nameZh), name(nameEn)));
  }

  @Guard(Permissions.REFERENCE_MANAGE)
  public void setActive(String listCode, String code, boolean active, long versionSeen) {
    change(
        listCode,
        code,
        versionSeen,
        active ? "ACTIVATE" : "RETIRE",
        item -> item.setActive(active));
  }

  private void change(
      String listCode, String code, long versionSeen, String action, Consumer<ReferenceItem> edit) {
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
    if (text.strip().length() > NAME_MAX) {
      throw new BusinessException("reference.nameTooLong", NAME_MAX);
    }
    return text.strip();
  }
}
