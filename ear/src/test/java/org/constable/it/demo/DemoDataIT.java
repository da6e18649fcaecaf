package org.constable.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo data as loaded: codes the reference lists know, one log-in per role. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(DemoDataIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @ParameterizedTest(name = "every {0} of the demo force is in the list {1}")
  @CsvSource({"rank_code, RANK", "grade_code, GRADE", "line_code, LINE", "post_code, POST"})
  void theDemoForceUsesOnlyCodesOfTheReferenceLists(String column, String list) {
    List<?> unknown =
        em.createNativeQuery(
                "SELECT DISTINCT o."
                    + column
                    + " FROM officer o WHERE o."
                    + column
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reference_item r"
                    + " WHERE r.list_code = ?1 AND r.code = o."
                    + column
                    + ")")
            .setParameter(1, list)
            .getResultList();
    assertEquals(List.of(), unknown);
  }

  @Test
  void eachRoleHasItsDemoLogIn() {
    for (String label : List.of("admin", "hr-city", "hr-county", "trainer", "leader", "officer")) {
      assertEquals(6, AsUser.policeNumber(em, label).length(), label);
    }
    assertTrue(
        ((Number) em.createNativeQuery("SELECT COUNT(*) FROM officer").getSingleResult())
                .longValue()
            > 2975);
  }
}
