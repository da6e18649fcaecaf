package org.constable.web.leave;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.recuperation.CandidatePage;
import org.constable.recuperation.CandidateRow;
import org.constable.recuperation.GroupInput;
import org.constable.recuperation.GroupRow;
import org.constable.recuperation.MemberRow;
import org.constable.recuperation.Recuperations;
import org.constable.web.shell.Downloads;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.SheetWriter;
import org.constable.web.shell.Texts;

/**
 * The recuperation page: the year's groups of HR's scope, a new group, and one group's members and
 * the candidates the priority rules would choose next.
 */
@Named
@ViewScoped
public class RecuperationBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int CANDIDATES = 20;

  @Inject private Recuperations recuperations;
  @Inject private Clock clock;

  private int year;
  private List<GroupRow> groups;
  private Long groupId;
  private GroupRow group;
  private List<MemberRow> members;
  private List<CandidateRow> candidates;
  private long candidateCount;

  private UnitRow unit;
  private String name;
  private String place;
  private LocalDate from;
  private LocalDate to;
  private Integer places;

  private MemberRow declining;
  private String declineReason;

  @jakarta.annotation.PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
  }

  public List<GroupRow> getGroups() {
    if (groups == null) {
      groups = recuperations.groups(year);
    }
    return groups;
  }

  public void create() {
    Long unitId = unit == null ? null : unit.id();
    long[] created = new long[1];
    if (FacesMessages.attempt(
        () ->
            created[0] =
                recuperations.create(new GroupInput(unitId, name, place, from, to, places)),
        "recuperation.group.created",
        name)) {
      unit = null;
      name = null;
      place = null;
      from = null;
      to = null;
      places = null;
      groups = null;
      open(created[0]);
    }
  }

  public void open(long id) {
    groupId = id;
    refresh();
  }

  public void close() {
    groupId = null;
    group = null;
  }

  public void fill() {
    try {
      FacesMessages.info("recuperation.group.filledCount", recuperations.fill(groupId));
      refresh();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void add(CandidateRow candidate) {
    if (FacesMessages.attempt(
        () -> recuperations.add(groupId, candidate.officerId()),
        "recuperation.member.added",
        candidate.name())) {
      refresh();
    }
  }

  public void remove(MemberRow member) {
    if (FacesMessages.attempt(
        () -> recuperations.remove(member.id(), member.version()),
        "recuperation.member.removed",
        member.name())) {
      refresh();
    }
  }

  public void attended(MemberRow member) {
    if (FacesMessages.attempt(
        () -> recuperations.attended(member.id(), member.version()),
        "recuperation.member.attendedDone",
        member.name())) {
      refresh();
    }
  }

  public void startDecline(MemberRow member) {
    declining = member;
    declineReason = null;
  }

  public void confirmDecline() {
    if (declining != null
        && FacesMessages.attempt(
            () -> recuperations.declined(declining.id(), declining.version(), declineReason),
            "recuperation.member.declinedDone",
            declining.name())) {
      declining = null;
      refresh();
    }
  }

  public void exportMembers() {
    Locale locale = Texts.viewLocale();
    GroupRow g = getGroup();
    Downloads.send(
        Texts.get(locale, "recuperation.fileName", g.name()) + ".xlsx",
        "recuperation-" + g.id() + ".xlsx",
        Downloads.XLSX,
        g.name(),
        out -> {
          try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = new SheetWriter(workbook, g.name());
            sheet.header(
                Texts.get(locale, "field.policeNumber"),
                Texts.get(locale, "field.name"),
                Texts.get(locale, "leave.field.unit"),
                Texts.get(locale, "recuperation.member.frontYears"),
                Texts.get(locale, "recuperation.member.health"),
                Texts.get(locale, "leave.field.state"),
                Texts.get(locale, "recuperation.member.note"));
            for (MemberRow m : getMembers()) {
              sheet.row(
                  m.policeNumber(),
                  m.name(),
                  m.unit(locale),
                  m.frontYears(),
                  Texts.get(locale, m.healthReason() ? "leave.yes" : "leave.no"),
                  Texts.get(locale, "recuperationState." + m.state()),
                  m.note() == null ? "" : m.note());
            }
            workbook.write(out);
            workbook.dispose();
          }
        });
  }

  private void refresh() {
    groups = null;
    group = recuperations.group(groupId);
    members = recuperations.members(groupId);
    CandidatePage first = recuperations.firstCandidates(groupId, CANDIDATES);
    candidates = first.rows();
    candidateCount = first.total();
  }

  public void yearChanged() {
    groups = null;
    close();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  public int getIntervalYears() {
    return recuperations.intervalYears();
  }

  public boolean isOpen() {
    return groupId != null;
  }

  public GroupRow getGroup() {
    return group;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<CandidateRow> getCandidates() {
    return candidates;
  }

  public long getCandidateCount() {
    return candidateCount;
  }

  public MemberRow getDeclining() {
    return declining;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public UnitRow getUnit() {
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer places) {
    this.places = places;
  }
}
