package org.constable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentTest {

  @ParameterizedTest(name = "{0} named {1}: {2}")
  @CsvSource({
    "255044462d312e370a, scan.pdf,   application/pdf",
    "ffd8ffe000104a4649, photo.jpg,  image/jpeg",
    "89504e470d0a1a0a0000, shot.png, image/png",
    // the name does not decide: a PDF called .png is a PDF
    "255044462d312e340a, proof.png,  application/pdf",
  })
  void theFirstBytesTellTheType(String hex, String name, String type) {
    var file = Attachment.checked(name, HexFormat.of().parseHex(hex), 100);
    assertEquals(type, file.contentType());
    assertEquals(name, file.fileName());
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource({
    // GIF, a ZIP (an .xlsx or .docx), plain text, HTML, a truncated PNG signature
    "474946383961",
    "504b030414000600",
    "68656c6c6f",
    "3c68746d6c3e",
    "89504e470d0a",
  })
  void anythingElseIsRefused(String hex) {
    var refused =
        assertThrows(
            BusinessException.class,
            () -> Attachment.checked("proof.pdf", HexFormat.of().parseHex(hex), 100));
    assertEquals("upload.type", refused.getMessageKey());
  }

  @Test
  void theLimitItselfIsAcceptedAndOneByteMoreIsNot() {
    byte[] pdf = new byte[2 * 1024 * 1024];
    System.arraycopy("%PDF-".getBytes(), 0, pdf, 0, 5);
    assertEquals(Attachment.PDF, Attachment.checked("a.pdf", pdf, pdf.length).contentType());
    var refused =
        assertThrows(
            BusinessException.class, () -> Attachment.checked("a.pdf", pdf, pdf.length - 1));
    assertEquals("upload.tooLarge", refused.getMessageKey());
    assertEquals(1L, refused.getArguments()[0]);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertEquals(
        "upload.empty",
        assertThrows(BusinessException.class, () -> Attachment.checked("a.pdf", new byte[0], 10))
            .getMessageKey());
  }

  @ParameterizedTest(name = "{0} is stored as {1}")
  @CsvSource({
    "'C:\\Users\\li\\结业证书.pdf', 结业证书.pdf",
    "'/home/li/cert.pdf', cert.pdf",
    "'  cert.pdf ', cert.pdf",
    "'', proof",
  })
  void theNameLosesTheFoldersSomeBrowsersSend(String sent, String stored) {
    assertEquals(stored, Attachment.baseName(sent));
  }
}
