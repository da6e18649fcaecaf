package org.constable.demo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainedSampleTest {

  @ParameterizedTest(name = "{0} serving, at most {1}: about {2} trained")
  @CsvSource({
    "3625, 10000, 3625",
    "10000, 10000, 10000",
    "121000, 10000, 10000",
    "40000, 10000, 10000"
  })
  void trainsEveryoneUpToTheMostThenAnEvenSample(int serving, int most, int trained) {
    var sample = new TrainedSample(serving, most);
    Org org = new Org(0, 1, "/1/", "巴彦淖尔市公安局", true, serving, serving);

    long included =
        LongStream.rangeClosed(1, serving)
            .filter(id -> sample.includes(trainee(id, org, false)))
            .count();

    assertTrue(Math.abs(included - trained) <= trained / 50, included + " trained");
    assertTrue(sample.includes(trainee(7, org, true)));
    Org planned = sample.scale(new Orgs(List.of(org), Map.of(1L, org))).city();
    assertEquals(Math.ceil(serving * sample.share()), planned.everyone(), 1);
  }

  private static Trainee trainee(long id, Org org, boolean isProtected) {
    return new Trainee(
        id,
        org,
        LocalDate.of(2010, 1, 1),
        PersonnelCategory.POLICE,
        OfficerStatus.ON_DUTY,
        isProtected);
  }
}
