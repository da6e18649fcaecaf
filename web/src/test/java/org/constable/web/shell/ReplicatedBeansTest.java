package org.constable.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The beans that live in the replicated session (view- and session-scoped) can move to another
 * node: they are serializable, and no injected service is transient (it would be null after a
 * failover; the container's proxies serialise themselves). SessionFailoverIT restores some and uses
 * them.
 */
class ReplicatedBeansTest {

  @Test
  void viewAndSessionScopedBeansSerializeWithTheirServices() {
    List<Class<?>> beans = replicatedBeans();
    assertTrue(beans.size() >= 8, beans.toString());
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getSimpleName() + " is not Serializable");
      }
      for (Field field : bean.getDeclaredFields()) {
        if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(field.getModifiers())) {
          problems.add(bean.getSimpleName() + "." + field.getName() + " is injected and transient");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<Class<?>> replicatedBeans() {
    return CompiledClasses.all().stream()
        .filter(
            type ->
                type.isAnnotationPresent(ViewScoped.class)
                    || type.isAnnotationPresent(SessionScoped.class))
        .toList();
  }
}
