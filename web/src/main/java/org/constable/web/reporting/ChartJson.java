package org.constable.web.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, as JSON. The page writes them into a
 * script, so a '<' in a label (a unit name) is escaped and cannot close the script element.
 */
public final class ChartJson {

  // one provider look-up: Json.createXxx() runs the ServiceLoader on every call
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  public static final String BRAND = "#1d3c78";
  public static final String ALERT = "#b91c1c";
  private static final List<String> PALETTE =
      List.of(
          "#1d3c78", "#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#14b8a6", "#64748b");

  /** One series of a chart; a line drawn over bars if {@code line}. */
  public record Series(String label, List<? extends Number> values, String color, boolean line) {}

  private ChartJson() {}

  public static String bar(List<String> labels, Series... series) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonObjectBuilder dataset =
          JSON.createObjectBuilder()
              .add("label", s.label())
              .add("data", numbers(s.values()))
              .add("backgroundColor", s.color())
              .add("borderColor", s.color());
      if (s.line()) {
        dataset.add("type", "line").add("fill", false).add("pointRadius", 2);
      }
      datasets.add(dataset);
    }
    return config("bar", labels, datasets, series.length > 1);
  }

  static String doughnut(List<String> labels, List<? extends Number> values) {
    JsonArrayBuilder colors = JSON.createArrayBuilder();
    for (int i = 0; i < values.size(); i++) {
      colors.add(PALETTE.get(i % PALETTE.size()));
    }
    JsonArrayBuilder datasets =
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("data", numbers(values))
                    .add("backgroundColor", colors));
    return config("doughnut", labels, datasets, true);
  }

  private static String config(
      String type, List<String> labels, JsonArrayBuilder datasets, boolean legend) {
    JsonArrayBuilder labelArray = JSON.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonObject config =
        JSON.createObjectBuilder()
            .add("type", type)
            .add(
                "data",
                JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "plugins",
                        JSON.createObjectBuilder()
                            .add("legend", JSON.createObjectBuilder().add("display", legend))))
            .build();
    return config.toString().replace("<", "\\u003c");
  }

  private static JsonArrayBuilder numbers(List<? extends Number> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(
        value -> {
          if (value instanceof BigDecimal decimal) {
            array.add(decimal);
          } else {
            array.add(value.longValue());
          }
        });
    return array;
  }
}
