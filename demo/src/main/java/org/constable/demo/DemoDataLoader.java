package org.constable.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.constable.demo.personnel.DemoForce;
import org.constable.demo.personnel.DemoForceWriter;
import org.constable.personnel.UnitLabels;
import org.constable.platform.OracleLimits;
import org.constable.security.Role;

/**
 * Loads the demo force and the demo log-ins once, on the first start of a server that asks for
 * them. A row lock on {@code app_setting} makes a second node wait and then skip.
 */
@Singleton
@Startup
@DependsOn("constable-ejb.jar#DatabaseMigrator")
public class DemoDataLoader {

  public static final String SWITCH = "constable.demo-data";

  /** The benchmark asks for a bigger force, e.g. 100,000 officers. */
  public static final String SIZE = "constable.demo-data.size";

  /** The size of the seed's force (attachment 3): 2,975 police officers. */
  public static final int DEMO_FORCE_SIZE = 2975;

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
  private static final String LOGIN_PREFIX = "demo-login.";

  @PersistenceContext(unitName = "constable")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/ConstableDS")
  private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private UnitLabels unitLabels;
  @Inject @Any private Instance<CapabilityDemo> capabilities;

  @PostConstruct
  void loadOnce() {
    if (!Boolean.getBoolean(SWITCH)) {
      return;
    }
    Object loadedAt =
        em.createNativeQuery(
                "SELECT setting_value FROM app_setting WHERE setting_key = 'demo-data'"
                    + OracleLimits.forUpdateAtStartUp())
            .getSingleResult();
    if (loadedAt == null) {
      load();
    }
    printLogIns();
  }

  private void load() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    long people;
    try (var connection = dataSource.getConnection()) {
      int size = Integer.getInteger(SIZE, DEMO_FORCE_SIZE);
      people = new DemoForceWriter(em).write(new DemoForce(today, size), connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the demo force", e);
    }
    unitLabels.relabelAll();
    var context = new DemoContext(em, LocalDateTime.now(clock));
    capabilities.stream()
        .sorted(Comparator.comparingInt(CapabilityDemo::order))
        .forEach(demo -> demo.write(context));
    for (DemoLogIn logIn : context.logIns()) {
      em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
          .setParameter(1, LOGIN_PREFIX + logIn.label())
          .setParameter(2, logIn.policeNumber() + " " + roles(logIn) + " " + logIn.scope())
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE app_setting SET setting_value = ?1 WHERE setting_key = 'demo-data'")
        .setParameter(1, today.toString())
        .executeUpdate();
    LOG.info(
        () ->
            String.format(
                "Demo force loaded: %d people as of %s in %d ms",
                people, today, (System.nanoTime() - started) / 1_000_000));
  }

  private void printLogIns() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT setting_key, setting_value FROM app_setting WHERE setting_key LIKE ?1"
                    + " ORDER BY setting_key")
            .setParameter(1, LOGIN_PREFIX + "%")
            .getResultList();
    var text = new StringBuilder("Constable demo log-ins (password " + DemoLogIn.PASSWORD + "):");
    for (Object[] row : rows) {
      text.append(
          String.format(
              "%n  %-10s %s", row[0].toString().substring(LOGIN_PREFIX.length()), row[1]));
    }
    LOG.info(text::toString);
  }

  private static String roles(DemoLogIn logIn) {
    return logIn.roles().stream().map(Role::name).sorted().collect(Collectors.joining("+"));
  }
}
