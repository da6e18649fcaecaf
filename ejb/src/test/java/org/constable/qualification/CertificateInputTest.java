package org.constable.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.constable.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static CertificateType type(Integer years) {
    var type = new CertificateType("LE_BASIC");
    type.take(
        new CertificateTypeInput("LE_BASIC", "基本级执法资格", "Basic", "公安部", years, 1, true, true, 10));
    return type;
  }

  @ParameterizedTest(name = "number \"{0}\", issued {1}, expires {2}: refused with {3}")
  @CsvSource({
    "'', 2020-01-01, , qualification.certificate.numberRequired",
    "'   ', 2020-01-01, , qualification.certificate.numberRequired",
    "A1, , , qualification.certificate.issuedRequired",
    "A1, 2026-12-03, , qualification.certificate.issuedInFuture",
    "A1, 2020-01-01, 2019-12-31, qualification.certificate.expiresBeforeIssued",
    "123456789012345678901234567890123456789012345678901, 2020-01-01, , qualification.certificate.numberTooLong",
  })
  void badInputIsRefusedWithItsReason(
      String number, LocalDate issued, LocalDate expires, String key) {
    var input = new CertificateInput("LE_BASIC", number, issued, expires);
    var refused = assertThrows(BusinessException.class, () -> input.check(type(5), TODAY));
    assertEquals(key, refused.getMessageKey());
  }

  @Test
  void anEmptyExpiryFollowsFromTheTypeAndATypedOneIsKept() {
    var computed =
        new CertificateInput("LE_BASIC", " A1 ", LocalDate.of(2021, 12, 2), null)
            .check(type(5), TODAY);
    assertEquals("A1", computed.number());
    assertEquals(LocalDate.of(2026, 12, 1), computed.expiresOn());
    var typed =
        new CertificateInput("LE_BASIC", "A1", LocalDate.of(2021, 12, 2), LocalDate.of(2027, 6, 30))
            .check(type(5), TODAY);
    assertEquals(LocalDate.of(2027, 6, 30), typed.expiresOn());
    var none = new CertificateInput("LE_BASIC", "A1", TODAY, null).check(type(null), TODAY);
    assertEquals(null, none.expiresOn());
  }
}
