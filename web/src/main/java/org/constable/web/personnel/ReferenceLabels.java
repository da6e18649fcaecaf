package org.constable.web.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.ReferenceData;
import org.constable.personnel.ReferenceItem;
import org.constable.personnel.ReferenceList;
import org.constable.personnel.ReferenceLists;

/**
 * Names of the reference codes (police line, post, rank, grade) in the view's language, from the
 * lists ADMIN maintains; read once per request.
 */
@Named
@RequestScoped
public class ReferenceLabels {

  @Inject private ReferenceLists lists;

  private Map<String, List<ReferenceData>> active;
  private Map<String, Map<String, ReferenceData>> byCode;

  public List<ReferenceData> getLines() {
    return active(ReferenceList.LINE);
  }

  public List<ReferenceData> getPosts() {
    return active(ReferenceList.POST);
  }

  public List<ReferenceData> getRanks() {
    return active(ReferenceList.RANK);
  }

  public List<ReferenceData> getGrades() {
    return active(ReferenceList.GRADE);
  }

  public String name(ReferenceData entry) {
    if (entry == null) {
      return "";
    }
    String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return "zh".equals(language) ? entry.nameZh() : entry.nameEn();
  }

  public String line(String code) {
    return label(ReferenceList.LINE, code);
  }

  public String post(String code) {
    return label(ReferenceList.POST, code);
  }

  public String rank(String code) {
    return label(ReferenceList.RANK, code);
  }

  public String grade(String code) {
    return label(ReferenceList.GRADE, code);
  }

  // A code the lists do not know is shown as it is rather than hidden.
  private String label(String list, String code) {
    if (code == null) {
      return "";
    }
    load();
    ReferenceData entry = byCode.getOrDefault(list, Map.of()).get(code);
    return entry == null ? code : name(entry);
  }

  private List<ReferenceData> active(String list) {
    load();
    return active.getOrDefault(list, List.of());
  }

  private void load() {
    if (byCode != null) {
      return;
    }
    active = new HashMap<>();
    byCode = new HashMap<>();
    for (ReferenceItem item : lists.all()) {
      var entry =
          new ReferenceData(
              item.getCode(), item.getNameZh(), item.getNameEn(), item.getSortOrder());
      byCode.computeIfAbsent(item.getListCode(), k -> new HashMap<>()).put(item.getCode(), entry);
      if (item.isActive()) {
        active.computeIfAbsent(item.getListCode(), k -> new ArrayList<>()).add(entry);
      }
    }
  }
}
