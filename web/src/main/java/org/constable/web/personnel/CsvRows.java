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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a comma-separated file (RFC 4180: quoted fields may hold commas, line breaks and
 * doubled quotes), in UTF-8 with or without a byte order mark, read by Apache Commons CSV. A
 * record's number is its row in a spreadsheet, whatever line breaks its quoted fields hold; an
 * empty line is a row too, so the numbers stay those of the spreadsheet.
 */
final class CsvRows {

  private static final int BYTE_ORDER_MARK = '\uFEFF';
  private static final String UNCLOSED = "EOF reached before encapsulated token finished";
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private CsvRows() {}

  static void read(Path file, RowSink sink) {
    var strictUtf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader =
            new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8));
        CSVParser parser = FORMAT.parse(withoutByteOrderMark(reader))) {
      try {
        for (CSVRecord record : parser) {
          sink.row(Math.toIntExact(record.getRecordNumber()), record.toList());
        }
      } catch (UncheckedIOException e) {
        throw refusal(e.getCause(), parser.getRecordNumber() + 1);
      }
    } catch (IOException e) {
      throw refusal(e, 1);
    }
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }

  private static RuntimeException refusal(IOException e, long rowNumber) {
    if (e instanceof CharacterCodingException) {
      return new RosterFileException(RosterFileException.ENCODING);
    }
    String problem = e.getMessage() == null ? "" : e.getMessage();
    if (problem.contains(UNCLOSED)) {
      return new RosterFileException(RosterFileException.UNCLOSED_QUOTE, String.valueOf(rowNumber));
    }
    if (problem.contains("encapsulated token")) {
      return new RosterFileException(RosterFileException.BAD_QUOTE, String.valueOf(rowNumber));
    }
    return new UncheckedIOException(e);
  }
}
