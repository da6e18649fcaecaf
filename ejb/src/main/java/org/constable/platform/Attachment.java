package org.constable.platform;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An uploaded proof (a certificate scan, a receipt): PDF, JPEG or PNG, told by the file's first
 * bytes rather than by its name or by what the browser claims, and no larger than the caller's
 * limit. Anything else is refused with a message the user can act on.
 */
public record Attachment(String fileName, String contentType, byte[] content)
    implements Serializable {

  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  private static final int LONGEST_NAME = 200;

  public Attachment {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * @throws BusinessException {@code upload.empty}, {@code upload.tooLarge} (argument: the limit in
   *     MB) or {@code upload.type}
   */
  public static Attachment checked(String fileName, byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new BusinessException("upload.empty");
    }
    if (content.length > maxBytes) {
      throw new BusinessException("upload.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
    }
    String type = sniff(content);
    if (type == null) {
      throw new BusinessException("upload.type");
    }
    return new Attachment(baseName(fileName), type, content);
  }

  /** The type the bytes say, or null when they are none of PDF, JPEG, PNG. */
  static String sniff(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Without the folders some browsers send, and short enough for the column. */
  static String baseName(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty()) {
      name = "proof";
    }
    return name.length() <= LONGEST_NAME ? name : name.substring(name.length() - LONGEST_NAME);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment a
        && a.fileName.equals(fileName)
        && a.contentType.equals(contentType)
        && Arrays.equals(a.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return fileName + " (" + contentType + ", " + content.length + " bytes)";
  }
}
