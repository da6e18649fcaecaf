package org.constable.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.constable.personnel.AgeBand;

/** Average age and the four age bands, each band's code an {@link AgeBand} name. */
public record AgeStructure(BigDecimal averageAge, List<Bucket> bands) implements Serializable {

  public AgeStructure {
    bands = List.copyOf(bands);
  }

  static AgeStructure of(Figures figures) {
    long officers = figures.officers();
    return new AgeStructure(
        figures.averageAge(),
        List.of(
            Bucket.of(AgeBand.UP_TO_30.name(), figures.upTo30().count(), officers),
            Bucket.of(AgeBand.FROM_31_TO_40.name(), figures.from31To40().count(), officers),
            Bucket.of(AgeBand.FROM_41_TO_50.name(), figures.from41To50().count(), officers),
            Bucket.of(AgeBand.FROM_51.name(), figures.from51().count(), officers)));
  }
}
