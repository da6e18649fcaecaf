package org.constable.web.personnel;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.constable.personnel.OfficerRow;
import org.constable.web.shell.ExportTally;
import org.constable.web.shell.PdfPageNumbers;

/**
 * The officer list as a landscape PDF table. The table is handed to the document a page of rows at
 * a time, so finished PDF pages leave memory as the export goes on. Chinese is set in Adobe's
 * STSong-Light, which OpenPDF ships as metrics only: the reader supplies the glyphs.
 */
final class OfficerPdfExport {

  private static final float MARGIN = 24;
  private static final float[] WIDTHS = {6, 6, 3, 12, 7, 14, 5, 5, 6, 6};

  private OfficerPdfExport() {}

  static void write(
      List<String> title,
      String pageOf,
      OfficerListColumns columns,
      OfficerPages<OfficerRow> pages,
      OutputStream out)
      throws IOException {
    BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    Font text = new Font(chinese, 8);
    Font bold = new Font(chinese, 8, Font.BOLD);
    var document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter.getInstance(document, out).setPageEvent(new PdfPageNumbers(chinese, pageOf));
    document.open();
    try {
      document.add(new Paragraph(title.get(0), new Font(chinese, 14, Font.BOLD)));
      title.stream().skip(1).forEach(line -> document.add(new Paragraph(line, text)));
      var table = new PdfPTable(WIDTHS);
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      table.setComplete(false);
      columns.headers().forEach(header -> table.addCell(new Phrase(header, bold)));
      pages.forEach(
          rows -> {
            for (var officer : rows) {
              ExportTally.count();
              List<Object> values = columns.values(officer);
              values.forEach(
                  value -> table.addCell(new Phrase(value == null ? "" : value.toString(), text)));
            }
            document.add(table);
          });
      table.setComplete(true);
      document.add(table);
    } finally {
      document.close();
    }
  }
}
