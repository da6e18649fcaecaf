package org.constable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What Oracle would do differently from H2 with the schema the migrations leave (docs/oracle.md): a
 * text column must count characters, not bytes ({@code VARCHAR2(n CHAR)}: a Han character takes 3
 * bytes in AL32UTF8), and every foreign key must lead an index (H2 indexes foreign keys itself;
 * Oracle then locks the child table on a parent's delete or key change).
 */
class SchemaDialectTest {

  private static final Path SQL = Path.of("").toAbsolutePath().resolve("../sql");

  @Test
  void everyTextColumnCountsCharacters() throws IOException {
    SchemaModel schema = migrated();
    assertTrue(schema.tables() >= 12, "tables read: " + schema.tables());
    assertEquals(List.of(), schema.byteLengthColumns());
  }

  @Test
  void everyForeignKeyLeadsAnIndex() throws IOException {
    assertEquals(List.of(), migrated().unindexedForeignKeys());
  }

  @Test
  void aMigrationWithABareVarcharOrAnUnindexedForeignKeyFails() throws IOException {
    SchemaModel schema =
        migrated()
            .apply(
                """
                CREATE TABLE course (
                  id        NUMBER(19)        NOT NULL,
                  title     VARCHAR2(100)     NOT NULL,
                  note      VARCHAR2(200 CHAR),
                  unit_id   NUMBER(19)        NOT NULL,
                  CONSTRAINT pk_course PRIMARY KEY (id),
                  CONSTRAINT fk_course_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
                );
                ALTER TABLE officer ADD (nickname VARCHAR2(20));
                """);
    assertEquals(
        List.of("course.title VARCHAR2(100)     NOT NULL", "officer.nickname VARCHAR2(20)"),
        schema.byteLengthColumns());
    assertEquals(List.of("course.fk_course_unit [unit_id]"), schema.unindexedForeignKeys());

    schema.apply(
        """
        ALTER TABLE course MODIFY (title VARCHAR2(100 CHAR));
        ALTER TABLE officer MODIFY (nickname VARCHAR2(20 CHAR));
        CREATE INDEX ix_course_unit ON course (unit_id);
        """);
    assertEquals(List.of(), schema.byteLengthColumns());
    assertEquals(List.of(), schema.unindexedForeignKeys());
  }

  @Test
  void anIndexDroppedLeavesItsForeignKeyUncovered() throws IOException {
    SchemaModel schema =
        migrated()
            .apply(
                """
                CREATE TABLE seat (id NUMBER(19) NOT NULL, officer_id NUMBER(19),
                  CONSTRAINT pk_seat PRIMARY KEY (id),
                  CONSTRAINT fk_seat_officer FOREIGN KEY (officer_id) REFERENCES officer (id));
                CREATE INDEX ix_seat_officer ON seat (officer_id, id);
                DROP INDEX ix_seat_officer;
                """);
    assertEquals(List.of("seat.fk_seat_officer [officer_id]"), schema.unindexedForeignKeys());
  }

  /** The schema after every migration of sql/, in Flyway's order. */
  private static SchemaModel migrated() throws IOException {
    SchemaModel schema = new SchemaModel();
    try (Stream<Path> files = Files.list(SQL)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().endsWith(".sql"))
              .sorted(Comparator.comparing(SchemaDialectTest::version))
              .toList()) {
        schema.apply(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return schema;
  }

  /** V2026_12_01_1__x.sql as comparable parts: 2026, 12, 1, 1 (V4 sorts before V2026…). */
  private static String version(Path file) {
    String name = file.getFileName().toString();
    String[] parts = name.substring(1, name.indexOf("__")).split("_");
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      key.append(String.format("%08d", Integer.parseInt(part)));
    }
    return key.toString();
  }
}
