package org.constable.web.personnel;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.constable.personnel.ChangeLogLine;
import org.constable.personnel.OfficerDetails;
import org.constable.personnel.PersonnelCard;
import org.constable.personnel.PersonnelLists;
import org.constable.personnel.ResumeLine;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Texts;

/**
 * The personnel card (人员基本情况表) of each officer on a page of its own: the basic data beside the
 * photo, the résumé, and the changes of rank and grade. Empty fields print "—".
 */
final class PersonnelCardPdf {

  private static final float MARGIN = 36;
  private static final String NONE = "—";

  private final Locale locale;
  private final CodeLabels references;
  private final Font text;
  private final Font label;
  private final Font heading;

  private PersonnelCardPdf(Locale locale, CodeLabels references, BaseFont chinese) {
    this.locale = locale;
    this.references = references;
    this.text = new Font(chinese, 10);
    this.label = new Font(chinese, 10, Font.BOLD);
    this.heading = new Font(chinese, 12, Font.BOLD);
  }

  static void write(
      List<PersonnelCard> cards, Locale locale, CodeLabels references, OutputStream out)
      throws IOException {
    BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    var pdf = new PersonnelCardPdf(locale, references, chinese);
    var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter.getInstance(document, out);
    document.open();
    try {
      for (int i = 0; i < cards.size(); i++) {
        if (i > 0) {
          document.newPage();
        }
        pdf.card(document, cards.get(i), new Font(chinese, 16, Font.BOLD));
      }
    } finally {
      document.close();
    }
  }

  private void card(Document document, PersonnelCard card, Font title) throws IOException {
    OfficerDetails d = card.details();
    var heading = new Paragraph(Texts.get(locale, "card.title"), title);
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(12);
    document.add(heading);

    var basic = new PdfPTable(new float[] {3, 4, 3, 4, 4});
    basic.setWidthPercentage(100);
    pair(basic, "field.name", d.name());
    pair(basic, "officer.gender", Texts.get(locale, "gender." + d.gender()));
    basic.addCell(photo(card.photo()));
    pair(basic, "officer.ethnicity", d.ethnicity());
    pair(basic, "officer.birthDate", date(d.birthDate()));
    pair(basic, "officer.politicalStatus", choice("political.", d.politicalStatus()));
    pair(basic, "officer.partyJoinDate", date(d.partyJoinDate()));
    pair(basic, "officer.nativePlace", d.nativePlace());
    pair(basic, "officer.birthPlace", d.birthPlace());
    pair(basic, "officer.firstEmploymentDate", date(d.firstEmploymentDate()));
    pair(basic, "officer.policeJoinDate", date(d.policeJoinDate()));
    pair(basic, "field.policeNumber", d.policeNumber());
    pair(basic, "officer.idNumber", d.maskedIdNumber());
    pair(basic, "officer.education", choice("education.", d.education()));
    pair(basic, "officer.category", choice("category.", d.category()));
    wide(basic, "field.unit", card.unit().label(locale));
    pair(basic, "officer.post", references.label(PersonnelLists.POST, d.postCode()));
    pair(basic, "officer.grade", references.label(PersonnelLists.GRADE, d.gradeCode()));
    pair(basic, "officer.rank", references.label(PersonnelLists.RANK, d.rankCode()));
    pair(basic, "officer.status", choice("status.", d.status()));
    basic.addCell(cell("", text, 1));
    document.add(basic);

    section(document, "card.resume");
    var resume =
        table(
            new float[] {4, 8, 5},
            "card.resume.period",
            "card.resume.unit",
            "card.resume.position");
    for (ResumeLine line : card.resume()) {
      String until =
          line.endDate() == null ? Texts.get(locale, "card.resume.now") : date(line.endDate());
      resume.addCell(cell(date(line.startDate()) + " — " + until, text, 1));
      resume.addCell(cell(line.unitName(), text, 1));
      resume.addCell(cell(line.position(), text, 1));
    }
    none(resume, card.resume().isEmpty(), 3);
    document.add(resume);

    section(document, "card.ranks");
    var ranks =
        table(
            new float[] {3, 3, 5, 5},
            "card.ranks.date",
            "card.ranks.what",
            "card.ranks.from",
            "card.ranks.to");
    for (ChangeLogLine line : card.ranksAndGrades()) {
      String list =
          line.attribute().name().equals("RANK") ? PersonnelLists.RANK : PersonnelLists.GRADE;
      ranks.addCell(cell(date(line.effective()), text, 1));
      ranks.addCell(cell(Texts.get(locale, "history." + line.attribute().name()), text, 1));
      ranks.addCell(cell(references.label(list, line.oldValue()), text, 1));
      ranks.addCell(cell(references.label(list, line.newValue()), text, 1));
    }
    none(ranks, card.ranksAndGrades().isEmpty(), 4);
    document.add(ranks);
  }

  private void pair(PdfPTable table, String key, String value) {
    table.addCell(cell(Texts.get(locale, key), label, 1));
    table.addCell(cell(value, text, 1));
  }

  private void wide(PdfPTable table, String key, String value) {
    table.addCell(cell(Texts.get(locale, key), label, 1));
    table.addCell(cell(value, text, 3));
  }

  private static PdfPCell cell(String value, Font font, int columns) {
    var cell = new PdfPCell(new Phrase(value == null || value.isBlank() ? NONE : value, font));
    cell.setColspan(columns);
    cell.setPadding(4);
    cell.setMinimumHeight(20);
    return cell;
  }

  /** The photo, or a frame saying where it goes, over five rows of the basic data. */
  private PdfPCell photo(byte[] photo) throws IOException {
    PdfPCell cell;
    if (photo == null) {
      cell = new PdfPCell(new Phrase(Texts.get(locale, "card.noPhoto"), text));
    } else {
      Image image = Image.getInstance(photo);
      image.scaleToFit(90, 120);
      cell = new PdfPCell(image, false);
    }
    cell.setRowspan(5);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return cell;
  }

  private void section(Document document, String key) {
    var title = new Paragraph(Texts.get(locale, key), heading);
    title.setSpacingBefore(14);
    title.setSpacingAfter(6);
    document.add(title);
  }

  private PdfPTable table(float[] widths, String... headers) {
    var table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : headers) {
      table.addCell(cell(Texts.get(locale, header), label, 1));
    }
    return table;
  }

  private void none(PdfPTable table, boolean empty, int columns) {
    if (empty) {
      table.addCell(cell(Texts.get(locale, "card.none"), text, columns));
    }
  }

  private String choice(String prefix, Enum<?> value) {
    return value == null ? null : Texts.get(locale, prefix + value.name());
  }

  private static String date(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
