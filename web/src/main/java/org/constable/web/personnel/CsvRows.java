package org.constable.web.personnel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a comma-separated file (RFC 4180: quoted fields may hold commas, line breaks and
 * doubled quotes), in UTF-8 with or without a byte order mark. A record's number is its row in a
 * spreadsheet, whatever line breaks its quoted fields hold.
 */
final class CsvRows {

  private static final int BYTE_ORDER_MARK = '\uFEFF';

  private final Reader in;
  private final RowSink sink;
  private final StringBuilder field = new StringBuilder();
  private List<String> record = new ArrayList<>();
  private int recordNumber = 1;

  private CsvRows(Reader in, RowSink sink) {
    this.in = in;
    this.sink = sink;
  }

  static void read(Path file, RowSink sink) {
    var strictUtf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8))) {
      new CsvRows(reader, sink).parse();
    } catch (CharacterCodingException e) {
      throw new RosterFileException(RosterFileException.ENCODING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void parse() throws IOException {
    int c = in.read();
    if (c == BYTE_ORDER_MARK) {
      c = in.read();
    }
    boolean quoted = false;
    while (c != -1) {
      if (quoted) {
        if (c == '"') {
          c = in.read();
          if (c != '"') {
            quoted = false;
            continue;
          }
        }
        field.append((char) c);
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        endField();
      } else if (c == '\r' || c == '\n') {
        endRecord();
        if (c == '\r') {
          c = in.read();
          if (c != '\n') {
            continue;
          }
        }
      } else {
        field.append((char) c);
      }
      c = in.read();
    }
    if (quoted) {
      throw new RosterFileException(
          RosterFileException.UNCLOSED_QUOTE, String.valueOf(recordNumber));
    }
    if (!field.isEmpty() || !record.isEmpty()) {
      endRecord();
    }
  }

  private void endField() {
    record.add(field.toString());
    field.setLength(0);
  }

  private void endRecord() {
    endField();
    sink.row(recordNumber++, record);
    record = new ArrayList<>();
  }
}
