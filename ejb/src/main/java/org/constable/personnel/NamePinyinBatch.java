package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.platform.NamePinyin;
import org.constable.security.Unguarded;

/** One transaction of {@link NamePinyinBackfill}: a thousand names spelled. */
@Stateless
public class NamePinyinBatch {

  private static final int BATCH = 1000;

  @PersistenceContext private EntityManager em;

  /** Returns how many officers it spelled: none once every name has its spelling. */
  @Unguarded("start-up only: the names of the register, spelled")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int spell() {
    List<Object[]> names =
        em.createQuery(
                "SELECT o.id, o.name FROM Officer o WHERE o.namePinyin IS NULL ORDER BY o.id",
                Object[].class)
            .setMaxResults(BATCH)
            .getResultList();
    for (Object[] officer : names) {
      String name = (String) officer[1];
      em.createQuery(
              "UPDATE Officer o SET o.namePinyin = :key, o.nameInitials = :initials"
                  + " WHERE o.id = :id")
          .setParameter("key", NamePinyin.key(name))
          .setParameter("initials", NamePinyin.initials(name))
          .setParameter("id", officer[0])
          .executeUpdate();
    }
    return names.size();
  }
}
