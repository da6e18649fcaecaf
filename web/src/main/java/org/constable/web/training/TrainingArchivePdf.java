package org.constable.web.training;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.constable.training.ExternalStatus;
import org.constable.training.TrainingRecordView;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Texts;

/**
 * 考核、考试个人档案: an officer's training and exams over all years as a printable A4 PDF, with the page
 * number at the foot of each page. Chinese in STSong-Light (metrics only; the reader supplies the
 * glyphs), as the officer list's PDF.
 */
final class TrainingArchivePdf {

  private static final float MARGIN = 36;

  private TrainingArchivePdf() {}

  static void write(
      TrainingRecordView record, Locale locale, CodeLabels categories, OutputStream out)
      throws IOException {
    BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    Font text = new Font(chinese, 9);
    Font bold = new Font(chinese, 9, Font.BOLD);
    var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter w, Document d) {
            ColumnText.showTextAligned(
                w.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(Texts.get(locale, "training.archive.page", w.getPageNumber()), text),
                (d.left() + d.right()) / 2,
                d.bottom() - 18,
                0);
          }
        });
    document.open();
    try {
      document.add(
          new Paragraph(
              Texts.get(locale, "training.archive.title"), new Font(chinese, 15, Font.BOLD)));
      document.add(
          new Paragraph(record.name() + "  " + record.policeNumber(), new Font(chinese, 11)));

      section(document, Texts.get(locale, "training.mine.years"), bold);
      PdfPTable years =
          table(
              bold,
              Texts.get(locale, "training.year"),
              Texts.get(locale, "training.quota.credited"));
      record.years().forEach(y -> cells(years, text, String.valueOf(y.year()), y.days()));
      document.add(years);

      section(document, Texts.get(locale, "training.mine.attended"), bold);
      PdfPTable attended =
          table(
              bold,
              Texts.get(locale, "training.course"),
              Texts.get(locale, "training.category"),
              Texts.get(locale, "training.dates"),
              Texts.get(locale, "training.quota.credited"));
      record
          .attended()
          .forEach(
              a ->
                  cells(
                      attended,
                      text,
                      a.course(locale),
                      categories.label("COURSE", a.categoryCode()),
                      a.startDate() + " – " + a.endDate(),
                      a.days()));
      document.add(attended);

      // training done elsewhere counts once HR approved it: the archive holds only those
      section(document, Texts.get(locale, "training.mine.elsewhere"), bold);
      PdfPTable elsewhere =
          table(
              bold,
              Texts.get(locale, "training.external.title"),
              Texts.get(locale, "training.external.provider"),
              Texts.get(locale, "training.dates"),
              Texts.get(locale, "training.quota.credited"));
      record.elsewhere().stream()
          .filter(x -> x.status() == ExternalStatus.APPROVED)
          .forEach(
              x ->
                  cells(
                      elsewhere,
                      text,
                      x.title(),
                      x.provider(),
                      x.startDate() + " – " + x.endDate(),
                      x.days()));
      document.add(elsewhere);

      section(document, Texts.get(locale, "training.mine.results"), bold);
      PdfPTable results =
          table(
              bold,
              Texts.get(locale, "training.course"),
              Texts.get(locale, "training.dates"),
              Texts.get(locale, "training.score"),
              Texts.get(locale, "training.results.outcome"));
      record
          .results()
          .forEach(
              r ->
                  cells(
                      results,
                      text,
                      r.course(locale)
                          + (r.retraining()
                              ? " " + Texts.get(locale, "training.retrainingTag")
                              : ""),
                      r.date().toString(),
                      r.score().stripTrailingZeros().toPlainString(),
                      Texts.get(
                          locale, r.passed() ? "training.results.pass" : "training.results.fail")));
      document.add(results);
    } finally {
      document.close();
    }
  }

  private static void section(Document document, String title, Font bold) {
    var paragraph = new Paragraph(title, bold);
    paragraph.setSpacingBefore(12);
    paragraph.setSpacingAfter(4);
    document.add(paragraph);
  }

  private static PdfPTable table(Font bold, String... headers) {
    var table = new PdfPTable(headers.length);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    List.of(headers).forEach(h -> table.addCell(new Phrase(h, bold)));
    return table;
  }

  private static void cells(PdfPTable table, Font text, String... values) {
    for (String value : values) {
      table.addCell(new Phrase(value == null ? "" : value, text));
    }
  }
}
