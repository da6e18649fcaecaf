package org.constable.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constable.audit.ChainCheck;
import org.constable.audit.ImportOutcome;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityOutcome;
import org.constable.personnel.AgeBand;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.Gender;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerInputParser;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PoliticalStatus;
import org.constable.personnel.UnitKind;
import org.constable.qualification.CertificateImport;
import org.constable.qualification.CertificateStatus;
import org.constable.qualification.ExpiryStage;
import org.constable.qualification.QualificationMarks;
import org.constable.qualification.SubjectKind;
import org.constable.security.Role;
import org.constable.training.EnrolSelection;
import org.constable.training.ExternalKind;
import org.constable.training.ExternalStatus;
import org.constable.training.OrganiserLevel;
import org.constable.training.QuotaFilter;
import org.constable.training.RetrainingStatus;
import org.constable.training.RotationRule;
import org.junit.jupiter.api.Test;

/**
 * Every message key that a page or the Java code names exists in both languages, and each
 * capability's two bundles hold the same keys. Keys built at run time from a prefix ({@code
 * 'status.'.concat(s)}) are checked for every value the prefix takes; a new prefix must be added to
 * {@link #DYNAMIC} first, so that none goes unchecked.
 */
class MessageKeysTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path PAGES = MODULE.resolve("src/main/webapp");
  private static final Path BUNDLES = MODULE.resolve("src/main/resources/org/constable/web");
  private static final List<Path> JAVA =
      List.of(MODULE.resolve("src/main/java"), MODULE.resolve("../ejb/src/main/java"));
  private static final Path SQL = MODULE.resolve("../sql");

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  private static final Pattern PAGE_PREFIX =
      Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat");
  private static final Pattern JAVA_PREFIX =
      Pattern.compile("\"([a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*\\.)\" *\\+");
  private static final Pattern JAVA_LITERAL =
      Pattern.compile("\"([a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+)\"");
  private static final Pattern POLICY_KEY =
      Pattern.compile("INSERT INTO policy_parameter[^;]*VALUES \\('([^']+)'");

  /** Each prefix of a key built at run time, with every value it takes. */
  private static final Map<String, Function<Set<String>, Collection<String>>> DYNAMIC =
      Map.ofEntries(
          Map.entry("category.", p -> names(PersonnelCategory.values())),
          Map.entry("education.", p -> names(Education.values())),
          Map.entry("entryChannel.", p -> names(EntryChannel.values())),
          Map.entry("gender.", p -> names(Gender.values())),
          Map.entry("political.", p -> names(PoliticalStatus.values())),
          Map.entry("importOutcome.", p -> names(ImportOutcome.values())),
          Map.entry("history.", p -> names(OfficerHistoryEntry.Attribute.values())),
          Map.entry("role.", p -> names(Role.values())),
          Map.entry("status.", p -> names(OfficerStatus.values())),
          Map.entry("unitKind.", p -> names(UnitKind.values())),
          Map.entry("organiserLevel.", p -> names(OrganiserLevel.values())),
          Map.entry("retrainingStatus.", p -> names(RetrainingStatus.values())),
          Map.entry("externalKind.", p -> names(ExternalKind.values())),
          Map.entry("enrolSelection.", p -> names(EnrolSelection.values())),
          Map.entry("externalStatus.", p -> names(ExternalStatus.values())),
          Map.entry("rotationStanding.", p -> names(RotationRule.Standing.values())),
          Map.entry("training.shortfall.", p -> names(QuotaFilter.Shortfall.values())),
          Map.entry("workforce.band.", p -> names(AgeBand.values())),
          Map.entry(
              "officers.preset.", p -> names(org.constable.web.personnel.OfficerPreset.values())),
          Map.entry("roster.column.", p -> OfficerInputParser.FIELDS),
          Map.entry("certificateStatus.", p -> names(CertificateStatus.values())),
          Map.entry("subjectKind.", p -> names(SubjectKind.values())),
          Map.entry("subjectKindChoice.", p -> names(SubjectKind.values())),
          Map.entry(
              "mark.",
              p ->
                  List.of(
                      QualificationMarks.LACKS_CERTIFICATE,
                      QualificationMarks.MAY_NOT_ENFORCE,
                      org.constable.education.EducationMarks.GRADE_GATE)),
          Map.entry(
              "mark.short.",
              p ->
                  List.of(
                      QualificationMarks.LACKS_CERTIFICATE,
                      QualificationMarks.MAY_NOT_ENFORCE,
                      org.constable.education.EducationMarks.GRADE_GATE)),
          Map.entry(
              "education.notice.claim.", p -> names(org.constable.education.ClaimState.values())),
          Map.entry(
              "education.notice.award.", p -> names(org.constable.education.AwardState.values())),
          Map.entry("programme.", p -> names(org.constable.education.Programme.values())),
          Map.entry("outcome.", p -> names(org.constable.education.Outcome.values())),
          Map.entry("studyMode.", p -> names(org.constable.education.StudyMode.values())),
          Map.entry("claimState.", p -> names(org.constable.education.ClaimState.values())),
          Map.entry("awardState.", p -> names(org.constable.education.AwardState.values())),
          Map.entry("leaveType.", p -> names(org.constable.leave.LeaveType.values())),
          Map.entry(
              "recuperationState.", p -> names(org.constable.recuperation.MemberState.values())),
          Map.entry(
              "leave.calendar.kind.",
              p -> names(org.constable.leave.WorkCalendarDay.Kind.values())),
          Map.entry("leaveState.", p -> names(org.constable.leave.LeaveState.values())),
          Map.entry(
              "deadlineRisk.", p -> names(org.constable.education.DeadlineRule.Risk.values())),
          Map.entry("qualification.alert.hr.", p -> names(ExpiryStage.values())),
          Map.entry("qualification.alert.officer.", p -> names(ExpiryStage.values())),
          Map.entry(
              "qualification.certificate.dialog.",
              p -> names(org.constable.web.qualification.CertificateFormBean.Mode.values())),
          Map.entry("qualification.import.column.", p -> CertificateImport.FIELDS),
          Map.entry("audit.event.", p -> names(SecurityEventType.values())),
          Map.entry("audit.outcome.", p -> names(SecurityOutcome.values())),
          Map.entry("audit.break.", p -> names(ChainCheck.Break.values())),
          Map.entry("policy.", policyKeys -> policyKeys),
          Map.entry("policyHelp.", policyKeys -> policyKeys));

  @Test
  void eachCapabilityHasTheSameKeysInChineseAndEnglish() throws IOException {
    List<String> capabilities;
    try (Stream<Path> dirs = Files.list(BUNDLES)) {
      capabilities =
          dirs.filter(d -> Files.exists(d.resolve("messages_zh_CN.properties")))
              .map(d -> d.getFileName().toString())
              .sorted()
              .toList();
    }
    assertTrue(capabilities.size() >= 5, capabilities.toString());
    for (String capability : capabilities) {
      Path dir = BUNDLES.resolve(capability);
      assertTrue(Files.exists(dir.resolve("messages_en.properties")), capability + " has no en");
      assertEquals(
          keysOf(dir.resolve("messages_zh_CN.properties")),
          keysOf(dir.resolve("messages_en.properties")),
          capability);
    }
  }

  @Test
  void everyKeyThePagesNameExistsInBothLanguages() {
    assertAllExist(find(PAGES, ".xhtml", PAGE_KEY), "pages");
  }

  @Test
  void everyKeyTheJavaCodeNamesExistsInBothLanguages() {
    Set<String> policyKeys = policyKeys();
    Set<String> namespaces =
        keys(Texts.CHINESE).stream().map(k -> k.substring(0, k.indexOf('.'))).collect(toSet());
    Set<String> named = new TreeSet<>();
    for (Path root : JAVA) {
      for (String literal : find(root, ".java", JAVA_LITERAL)) {
        // a dotted literal of a bundle's namespace is a key, unless it is a policy parameter
        if (namespaces.contains(literal.substring(0, literal.indexOf('.')))
            && !policyKeys.contains(literal)) {
          named.add(literal);
        }
      }
    }
    assertTrue(named.size() > 100, "found too few keys: " + named.size());
    assertAllExist(named, "Java");
  }

  @Test
  void everyKeyBuiltFromAPrefixExistsForEveryValue() {
    Set<String> prefixes = new TreeSet<>(find(PAGES, ".xhtml", PAGE_PREFIX));
    JAVA.forEach(root -> prefixes.addAll(find(root, ".java", JAVA_PREFIX)));
    Set<String> unknown = new TreeSet<>(prefixes);
    unknown.removeAll(DYNAMIC.keySet());
    assertEquals(Set.of(), unknown, "prefixes to add to DYNAMIC");
    Set<String> policyKeys = policyKeys();
    Set<String> built = new TreeSet<>();
    DYNAMIC.forEach(
        (prefix, values) -> values.apply(policyKeys).forEach(value -> built.add(prefix + value)));
    assertAllExist(built, "keys built from a prefix");
  }

  @Test
  void everyKeyTheCapabilitiesDeclareExistsInBothLanguages() throws Exception {
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : CompiledClasses.all()) {
      if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
        continue;
      }
      if (Capability.class.isAssignableFrom(type)) {
        var capability = (Capability) type.getDeclaredConstructor().newInstance();
        capability.menu().forEach(entry -> declared.add(entry.labelKey()));
        capability.recordTabs().forEach(tab -> declared.add(tab.titleKey()));
      } else if (HomeCard.class.isAssignableFrom(type)) {
        declared.add(((HomeCard) type.getDeclaredConstructor().newInstance()).textKey());
      }
    }
    assertTrue(declared.size() > 10, declared.toString());
    assertAllExist(declared, "capabilities");
  }

  /**
   * MessageFormat reads a lone apostrophe as a quote: "{0}'s claim" would show "Zhang Weis claim".
   */
  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() {
    var lone = java.util.regex.Pattern.compile("(?<!')'(?!')");
    var argument = java.util.regex.Pattern.compile("\\{\\d");
    for (Locale locale : List.of(Texts.CHINESE, Locale.ENGLISH)) {
      ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
      List<String> bad =
          bundle.keySet().stream()
              .filter(k -> argument.matcher(bundle.getString(k)).find())
              .filter(k -> lone.matcher(bundle.getString(k)).find())
              .sorted()
              .toList();
      assertEquals(List.of(), bad, "single apostrophes in messages with arguments, " + locale);
    }
  }

  private static void assertAllExist(Collection<String> keys, String where) {
    for (Locale locale : List.of(Texts.CHINESE, Locale.ENGLISH)) {
      Set<String> known = keys(locale);
      List<String> missing = keys.stream().filter(k -> !known.contains(k)).sorted().toList();
      assertEquals(List.of(), missing, "keys of the " + where + " missing in " + locale);
    }
  }

  private static Set<String> keys(Locale locale) {
    return ResourceBundle.getBundle(Texts.BUNDLE, locale).keySet();
  }

  private static Set<String> keysOf(Path properties) throws IOException {
    var loaded = new java.util.Properties();
    try (var in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
      loaded.load(in);
    }
    return new TreeSet<>(loaded.stringPropertyNames());
  }

  private static Set<String> policyKeys() {
    return new TreeSet<>(find(SQL, ".sql", POLICY_KEY));
  }

  private static List<String> find(Path root, String suffix, Pattern pattern) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          found.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return Collectors.toSet();
  }
}
