package org.constable.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR that the build made, as every test deploys it. */
public final class Deployments {

  private static final String WAR = "constable-web.war";
  private static final String SHIRO_INI = "WEB-INF/shiro.ini";

  private Deployments() {}

  /**
   * The demo EAR untouched, for tests that drive it from outside (browser, HTTP): the production
   * EAR with the demo module (demo force and log-ins) added.
   */
  public static EnterpriseArchive ear() {
    return ShrinkWrap.create(ZipImporter.class, "constable.ear")
        .importFrom(new File(System.getProperty("ear.file")))
        .as(EnterpriseArchive.class);
  }

  /**
   * The EAR with the test classes and the shared helpers ({@link AsUser}, {@link DemoFixtures},
   * {@link Unique}) in its WAR, for tests that run inside the server. Arquillian's runner servlet
   * must pass Shiro: in this deployment, and only here, it is anonymous.
   */
  public static EnterpriseArchive earWith(Class<?>... testClasses) {
    EnterpriseArchive ear = ear();
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(testClasses)
        .addClasses(
            Deployments.class,
            AsUser.class,
            AsUser.ThrowingRunnable.class,
            DemoFixtures.class,
            Unique.class);
    String ini = read(war, SHIRO_INI);
    war.delete(SHIRO_INI);
    war.addAsWebInfResource(
        new StringAsset(ini.replace("[urls]\n", "[urls]\n/ArquillianServletRunner* = anon\n")),
        "shiro.ini");
    ear.delete(WAR);
    ear.addAsModule(Testable.archiveToTest(war));
    return ear;
  }

  /** The same, with the jars these classes come from in the WAR's libraries (e.g. GreenMail). */
  public static EnterpriseArchive earWithLibraries(
      List<Class<?>> fromJars, Class<?>... testClasses) {
    EnterpriseArchive ear = earWith(testClasses);
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    for (Class<?> type : fromJars) {
      try {
        war.addAsLibrary(
            new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return ear;
  }

  private static String read(WebArchive war, String path) {
    try (var in = war.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
