package org.constable.web.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.constable.qualification.CertificateRow;
import org.constable.qualification.CertificateTypeView;
import org.constable.qualification.CertificateTypes;
import org.constable.qualification.RequirementView;
import org.constable.web.shell.ReferenceLabels;
import org.constable.web.shell.Texts;

/**
 * The names of certificate types and of requirements, for pages and exports: a requirement reads
 * "法制员：高级执法资格 100%". The types are read once per request.
 */
@Named
@RequestScoped
public class CertificateLabels {

  @Inject private CertificateTypes types;
  @Inject private ReferenceLabels references;

  private List<CertificateTypeView> all;

  /** A type's name in the view's language (the code when it is unknown). */
  public String type(String code) {
    return type(code, Texts.viewLocale());
  }

  public String type(String code, Locale locale) {
    if (code == null) {
      return "";
    }
    return getAllTypes().stream()
        .filter(t -> t.code().equals(code))
        .findFirst()
        .map(t -> t.name(locale))
        .orElse(code);
  }

  public List<CertificateTypeView> getActiveTypes() {
    return getAllTypes().stream().filter(CertificateTypeView::active).toList();
  }

  /** Read once per request: a list names a type on every row. */
  public List<CertificateTypeView> getAllTypes() {
    if (all == null) {
      all = types.all();
    }
    return all;
  }

  /** Whom it binds: "法制员", "交警", "全体民警", "所队长". */
  public String subject(RequirementView r) {
    return subject(r, Texts.viewLocale());
  }

  public String subject(RequirementView r, Locale locale) {
    return switch (r.subjectKind()) {
      case POST -> references.label("POST", r.subjectCode(), locale);
      case LINE -> references.label("LINE", r.subjectCode(), locale);
      default -> Texts.get(locale, "subjectKind." + r.subjectKind());
    };
  }

  /** What counts: "高级执法资格", "法律职业资格 或 研究生学历". */
  public String accepted(RequirementView r) {
    return accepted(r, Texts.viewLocale());
  }

  public String accepted(RequirementView r, Locale locale) {
    List<String> order = getAllTypes().stream().map(CertificateTypeView::code).toList();
    var names =
        r.typeCodes().stream()
            .sorted(java.util.Comparator.comparingInt(order::indexOf))
            .map(code -> type(code, locale))
            .collect(Collectors.toList());
    if (r.postgraduate()) {
      names.add(Texts.get(locale, "qualification.requirement.postgraduateDegree"));
    }
    return String.join(Texts.get(locale, "qualification.requirement.or"), names);
  }

  public String describe(RequirementView r, Locale locale) {
    return subject(r, locale) + "：" + accepted(r, locale) + " " + r.targetPercent() + "%";
  }

  List<String> exportHeader(Locale locale) {
    return Arrays.stream(
            new String[] {
              "field.policeNumber",
              "field.name",
              "field.unit",
              "qualification.certificate.type",
              "qualification.certificate.number",
              "qualification.certificate.issuedOn",
              "qualification.certificate.expiresOn",
              "qualification.certificate.status",
              "qualification.certificate.revokedOn",
              "qualification.certificate.revokeReason"
            })
        .map(key -> Texts.get(locale, key))
        .toList();
  }

  List<Object> exportRow(CertificateRow row, Locale locale) {
    return Arrays.asList(
        row.policeNumber(),
        row.name(),
        "zh".equals(locale.getLanguage()) ? row.unitNameZh() : row.unitNameEn(),
        type(row.typeCode(), locale),
        row.number(),
        row.issuedOn(),
        row.expiresOn(),
        Texts.get(locale, "certificateStatus." + row.status()),
        row.revokedOn(),
        row.revokeReason());
  }
}
