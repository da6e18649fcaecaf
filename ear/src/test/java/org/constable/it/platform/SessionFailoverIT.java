package org.constable.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.HashMap;
import java.util.Map;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.RecruitMentoring;
import org.constable.web.personnel.OfficersBean;
import org.constable.web.personnel.RecruitsBean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a node of an HA cluster does with a session it takes over: the view- and session-scoped
 * beans are serialised on one node and restored on another. A restored bean still reaches its
 * services (no transient injected EJB left null) and still knows what the user had chosen.
 */
@ExtendWith(ArquillianExtension.class)
class SessionFailoverIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(SessionFailoverIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject BeanManager beanManager;
  @Inject RecruitMentoring mentoring;
  @Inject OfficerDirectory officers;

  @Test
  void aRestoredRecruitListStillCountsThroughItsService() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          RecruitsBean bean = create(RecruitsBean.class);
          bean.setWithoutMentorOnly(false);
          RecruitsBean restored = failOver(bean);
          assertEquals(mentoring.count(false), restored.getModel().count(Map.of()));
          assertTrue(restored.getModel().count(Map.of()) > 0);
        });
  }

  @Test
  void aRestoredOfficerListKeepsItsFilterAndPagesThroughItsService() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          OfficersBean bean = create(OfficersBean.class);
          bean.setText("王");
          OfficersBean restored = failOver(bean);
          assertEquals("王", restored.getText());
          // the list opens on its default preset (在职民警), which the restored bean keeps too
          OfficerFilter filter = restored.currentFilter();
          assertEquals("王", filter.text());
          assertEquals(bean.currentFilter(), filter);
          long expected = officers.count(filter);
          assertTrue(
              expected > 0 && expected < officers.count(OfficerFilter.none()), "王, serving police");
          assertEquals(expected, restored.getModel().count(Map.of()));
          var page = restored.getModel().load(0, 5, Map.of(), Map.of());
          assertEquals(Math.min(5, expected), page.size());
          assertNotNull(page.get(0).policeNumber());
        });
  }

  private <T> T create(Class<T> type) {
    return new Unmanaged<>(beanManager, type)
        .newInstance()
        .produce()
        .inject()
        .postConstruct()
        .get();
  }

  /**
   * Serialises the bean and reads it back as another node would, whose classes are the same: each
   * class is resolved to the one written, whatever module it comes from (a container proxy's
   * classes are not all visible to the application's class loader).
   */
  @SuppressWarnings("unchecked")
  private static <T> T failOver(T bean) throws Exception {
    Map<String, Class<?>> classes = new HashMap<>();
    var bytes = new ByteArrayOutputStream();
    try (var out =
        new ObjectOutputStream(bytes) {
          @Override
          protected void annotateClass(Class<?> type) {
            classes.put(type.getName(), type);
          }

          @Override
          protected void annotateProxyClass(Class<?> type) {
            classes.put(type.getName(), type);
          }
        }) {
      out.writeObject(bean);
    }
    try (var in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          protected Class<?> resolveClass(ObjectStreamClass description)
              throws IOException, ClassNotFoundException {
            Class<?> written = classes.get(description.getName());
            return written != null ? written : super.resolveClass(description);
          }
        }) {
      return (T) in.readObject();
    }
  }
}
