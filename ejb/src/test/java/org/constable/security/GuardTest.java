package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every service (EJB) of the main code declares who may call it: {@link
 * Guard} on the method or its class, or {@link Unguarded} with a reason. A new service method left
 * unguarded fails the build here, before it can reach a page.
 */
class GuardTest {

  @Test
  void everyPublicServiceMethodIsGuardedOrSaysWhyNot() {
    List<Class<?>> services = services();
    List<String> unguarded = new ArrayList<>();
    for (Class<?> service : services) {
      for (Method method : service.getDeclaredMethods()) {
        if (isBusinessMethod(method) && !declaresItsCallers(service, method)) {
          unguarded.add(service.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertTrue(services.size() >= 10, "found too few services: " + services);
    assertEquals(List.of(), unguarded, "public service methods without @Guard or @Unguarded");
  }

  @Test
  void everyGuardNamesKnownPermissions() throws IllegalAccessException {
    Set<String> known = knownPermissions();
    List<String> unknown = new ArrayList<>();
    for (Class<?> service : services()) {
      check(service.getSimpleName(), service.getAnnotation(Guard.class), known, unknown);
      for (Method method : service.getDeclaredMethods()) {
        check(
            service.getSimpleName() + "." + method.getName(),
            method.getAnnotation(Guard.class),
            known,
            unknown);
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void anUnguardedMethodGivesItsReason() {
    for (Class<?> service : services()) {
      for (Method method : service.getDeclaredMethods()) {
        Unguarded open = method.getAnnotation(Unguarded.class);
        if (open != null) {
          assertFalse(open.value().isBlank(), service.getSimpleName() + "." + method.getName());
          assertTrue(
              method.getAnnotation(Guard.class) == null,
              "both @Guard and @Unguarded on " + method.getName());
        }
      }
    }
  }

  private static void check(String where, Guard guard, Set<String> known, List<String> unknown) {
    if (guard != null) {
      Arrays.stream(guard.value())
          .filter(p -> !known.contains(p))
          .forEach(p -> unknown.add(where + ": " + p));
    }
  }

  private static Set<String> knownPermissions() throws IllegalAccessException {
    Set<String> codes = new java.util.HashSet<>();
    for (Field field : Permissions.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  private static boolean isBusinessMethod(Method method) {
    int modifiers = method.getModifiers();
    return Modifier.isPublic(modifiers)
        && !Modifier.isStatic(modifiers)
        && !method.isSynthetic()
        && !method.isBridge();
  }

  private static boolean declaresItsCallers(Class<?> service, Method method) {
    return method.isAnnotationPresent(Guard.class)
        || method.isAnnotationPresent(Unguarded.class)
        || service.isAnnotationPresent(Guard.class)
        || service.isAnnotationPresent(Unguarded.class);
  }

  /** The EJBs among the compiled main classes. */
  static List<Class<?>> services() {
    Path classes;
    try {
      classes = Path.of(Guard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(GuardTest::load)
          .filter(
              type ->
                  type.isAnnotationPresent(Stateless.class)
                      || type.isAnnotationPresent(Singleton.class)
                      || type.isAnnotationPresent(Stateful.class))
          .sorted(java.util.Comparator.comparing(Class::getName))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, GuardTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
