package org.constable.personnel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.security.Guard;

/**
 * The personnel cards of officers, to print: each read as the record is (the officer's own, or
 * within the caller's scope), and audited, as the card carries the personal data of the record.
 */
@Stateless
@Guard
public class PersonnelCards {

  /** The most cards one PDF takes: a selection of the list, not the whole force. */
  public static final int MAX_CARDS = 200;

  private static final Set<OfficerHistoryEntry.Attribute> RANK_AND_GRADE =
      EnumSet.of(OfficerHistoryEntry.Attribute.RANK, OfficerHistoryEntry.Attribute.GRADE);

  @Inject private OfficerDirectory directory;
  @Inject private OrgUnitDirectory units;
  @Inject private OfficerPhotos photos;
  @Inject private Resumes resumes;
  @Inject private OfficerRegister register;
  @Inject private AuditTrail audit;

  /**
   * @throws BusinessException {@code personnel.card.tooMany} beyond {@link #MAX_CARDS}
   */
  public List<PersonnelCard> cards(List<Long> officerIds) {
    if (officerIds.size() > MAX_CARDS) {
      throw new BusinessException("personnel.card.tooMany", MAX_CARDS);
    }
    return officerIds.stream().distinct().map(this::card).toList();
  }

  private PersonnelCard card(long officerId) {
    OfficerDetails details = directory.find(officerId);
    audit.record(OfficerRegister.ENTITY, officerId, "PRINT_CARD", Changes.none());
    return new PersonnelCard(
        details,
        units.find(details.unitId()),
        photos.find(officerId).map(Attachment::content).orElse(null),
        resumes.of(officerId),
        register.changeLog(officerId).stream()
            .filter(line -> RANK_AND_GRADE.contains(line.attribute()))
            .toList());
  }
}
