package org.constable.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.constable.security.CurrentUser;

/**
 * Security events of changes (roles, scope, passwords, accounts): raised inside the change's
 * transaction, written to the {@link SecurityLog} only once it has committed, so a change rolled
 * back leaves no entry claiming it happened.
 */
@ApplicationScoped
public class SecurityEvents {

  @Inject private Event<SecurityEventDraft> drafts;
  @Inject private SecurityLog log;
  @Inject private CurrentUser currentUser;

  public void afterCommit(
      SecurityEventType type, SecurityOutcome outcome, Long officerId, String detail) {
    drafts.fire(
        SecurityEventDraft.of(currentUser.policeNumberOrNull(), type, outcome, officerId, detail));
  }

  void write(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityEventDraft draft) {
    log.write(draft);
  }
}
