package org.constable.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies the migrations of {@code sql/} (packaged as {@code db/migration}) before anything reads
 * the database. Flyway takes a lock in its history table, so several nodes starting at once migrate
 * once.
 *
 * <p>On Oracle the schema has an owner apart from the application user (docs/oracle.md): the Oracle
 * script defines {@value #OWNER_DATASOURCE}, which connects as the owner; Flyway migrates as the
 * owner and then grants the application user ({@value #APPLICATION_USER}) what it needs, the audit
 * log only to read and append ({@code sql/oracle/afterMigrate.sql}). Without that datasource (the
 * embedded H2 default) one user owns and uses the schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  static final String OWNER_DATASOURCE = "java:jboss/datasources/ConstableOwnerDS";

  /** The environment variable naming the application user, as the Oracle script reads it too. */
  static final String APPLICATION_USER = "ORACLE_USER";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/ConstableDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    FluentConfiguration flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader());
    DataSource owner = ownerDataSource();
    if (owner == null) {
      flyway.dataSource(dataSource).locations("classpath:db/migration");
    } else {
      String applicationUser = System.getenv(APPLICATION_USER);
      if (applicationUser == null || !applicationUser.matches("[A-Za-z][A-Za-z0-9_$#]{0,127}")) {
        throw new IllegalStateException(
            "The environment variable " + APPLICATION_USER + " must name the application user");
      }
      flyway
          .dataSource(owner)
          .locations("classpath:db/migration", "classpath:db/oracle")
          .placeholders(Map.of("applicationUser", applicationUser));
    }
    var result = flyway.load().migrate();
    if (owner == null) {
      H2StrayIndexes.drop(dataSource);
    }
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now"
                + (owner == null ? ")" : ", as the schema owner)"));
  }

  private static DataSource ownerDataSource() {
    try {
      return (DataSource) new InitialContext().lookup(OWNER_DATASOURCE);
    } catch (NameNotFoundException e) {
      return null;
    } catch (NamingException e) {
      throw new IllegalStateException("Cannot look up " + OWNER_DATASOURCE, e);
    }
  }
}
