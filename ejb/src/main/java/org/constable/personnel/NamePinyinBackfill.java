package org.constable.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Spells in pinyin the names of officers recorded before the register kept the spelling (V…_11):
 * once, at the first start after the migration, a thousand officers a transaction. Every record
 * written since keeps its own spelling in step ({@link Officer}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class NamePinyinBackfill {

  private static final Logger LOG = Logger.getLogger(NamePinyinBackfill.class.getName());

  @EJB private NamePinyinBatch batch;

  @PostConstruct
  void start() {
    long spelled = 0;
    for (int n = batch.spell(); n > 0; n = batch.spell()) {
      spelled += n;
    }
    if (spelled > 0) {
      LOG.info("Spelled the names of " + spelled + " officers in pinyin");
    }
  }
}
