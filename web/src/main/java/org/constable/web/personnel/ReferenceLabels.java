package org.constable.web.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.personnel.ReferenceData;

/** Names of the reference codes (police line, post, rank, grade) in the view's language. */
@Named
@ApplicationScoped
public class ReferenceLabels {

  private static final List<ReferenceData> LINES = ReferenceData.policeLines();
  private static final List<ReferenceData> POSTS = ReferenceData.posts();
  private static final Map<String, ReferenceData> LINE = byCode(LINES);
  private static final Map<String, ReferenceData> POST = byCode(POSTS);
  private static final List<ReferenceData> RANKS = ReferenceData.ranks();
  private static final List<ReferenceData> GRADES = ReferenceData.grades();
  private static final Map<String, ReferenceData> RANK = byCode(RANKS);
  private static final Map<String, ReferenceData> GRADE = byCode(GRADES);

  public List<ReferenceData> getLines() {
    return LINES;
  }

  public List<ReferenceData> getPosts() {
    return POSTS;
  }

  public List<ReferenceData> getRanks() {
    return RANKS;
  }

  public List<ReferenceData> getGrades() {
    return GRADES;
  }

  public String name(ReferenceData entry) {
    if (entry == null) {
      return "";
    }
    String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return "zh".equals(language) ? entry.nameZh() : entry.nameEn();
  }

  public String line(String code) {
    return label(LINE, code);
  }

  public String post(String code) {
    return label(POST, code);
  }

  public String rank(String code) {
    return label(RANK, code);
  }

  public String grade(String code) {
    return label(GRADE, code);
  }

  // A code the lists do not know yet is shown as it is rather than hidden.
  private String label(Map<String, ReferenceData> entries, String code) {
    if (code == null) {
      return "";
    }
    ReferenceData entry = entries.get(code);
    return entry == null ? code : name(entry);
  }

  private static Map<String, ReferenceData> byCode(List<ReferenceData> entries) {
    return entries.stream().collect(Collectors.toMap(ReferenceData::code, Function.identity()));
  }
}
