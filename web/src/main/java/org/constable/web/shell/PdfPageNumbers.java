package org.constable.web.shell;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "第 x 页 / 共 y 页" at the foot of every page of a PDF that is written as it goes: the total is a
 * template drawn on each page and filled in when the document closes, so no page is kept back.
 * {@code pattern} holds {0} for the page and {1} for the total ({@code export.pageOf}).
 */
public final class PdfPageNumbers extends PdfPageEventHelper {

  private static final float SIZE = 8;
  private static final float TOTAL_WIDTH = 40;

  private final BaseFont font;
  private final String beforeTotal;
  private final String afterTotal;
  private PdfTemplate total;

  public PdfPageNumbers(BaseFont font, String pattern) {
    this.font = font;
    int at = pattern.indexOf("{1}");
    this.beforeTotal = at < 0 ? pattern : pattern.substring(0, at);
    this.afterTotal = at < 0 ? "" : pattern.substring(at + 3);
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, SIZE + 2);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    String before = beforeTotal.replace("{0}", String.valueOf(writer.getPageNumber()));
    float width = font.getWidthPoint(before, SIZE);
    float afterWidth = font.getWidthPoint(afterTotal, SIZE);
    float x = (document.left() + document.right() - width - TOTAL_WIDTH / 2 - afterWidth) / 2;
    float y = document.bottom() / 2;
    PdfContentByte canvas = writer.getDirectContent();
    show(canvas, before, x, y);
    canvas.addTemplate(total, x + width, y);
    show(canvas, afterTotal, x + width + TOTAL_WIDTH / 2, y);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    show(total, String.valueOf(writer.getPageNumber() - 1), 0, 0);
  }

  private void show(PdfContentByte canvas, String text, float x, float y) {
    canvas.beginText();
    canvas.setFontAndSize(font, SIZE);
    canvas.setTextMatrix(x, y);
    canvas.showText(text);
    canvas.endText();
  }
}
