package org.constable.it;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a PDF the application wrote, page by page. Its pages set every string in the CJK font
 * with the two-byte UCS-2 encoding, which OpenPDF's own text extractor does not read back: each
 * string of a page's content is decoded as UTF-16BE here.
 */
public final class PdfText {

  private PdfText() {}

  public static List<String> pages(byte[] pdf) throws IOException {
    String start = new String(pdf, 0, Math.min(pdf.length, 400), StandardCharsets.UTF_8);
    if (!start.startsWith("%PDF")) {
      throw new AssertionError("not a PDF (" + pdf.length + " bytes): " + start);
    }
    var reader = new PdfReader(pdf);
    try {
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(text(reader.getPageContent(page)));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  private static String text(byte[] content) throws IOException {
    var tokens = new PRTokeniser(content);
    var text = new StringBuilder();
    while (tokens.nextToken()) {
      if (tokens.getTokenType() == PRTokeniser.TK_STRING) {
        byte[] bytes = tokens.getStringValue().getBytes(StandardCharsets.ISO_8859_1);
        text.append(new String(bytes, StandardCharsets.UTF_16BE));
      } else if (tokens.getTokenType() == PRTokeniser.TK_OTHER
          && "ET".equals(tokens.getStringValue())) {
        text.append('\n');
      }
    }
    return text.toString();
  }
}
