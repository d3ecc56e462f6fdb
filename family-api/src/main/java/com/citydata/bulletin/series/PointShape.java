package com.citydata.bulletin.series;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A family's point as it declares it: the measurement it is stored in and its properties, in the order the contract
 * and the README list them. The family's {@link SeriesSchema} is derived from it.
 */
public record PointShape(String measurement, List<PointField> fields) {

  public PointShape {
    fields = List.copyOf(fields);
    Set<String> names = new LinkedHashSet<>();
    for (PointField field : fields) {
      if (!names.add(field.name())) {
        throw new IllegalArgumentException(measurement + " declares '" + field.name() + "' twice");
      }
    }
    if (fields.stream().filter(f -> f.role() == PointField.Role.TIME || f.role() == PointField.Role.DATE).count() != 1) {
      throw new IllegalArgumentException(measurement + " needs exactly one time or date property");
    }
  }

  public static PointShape of(String measurement, PointField... fields) {
    return new PointShape(measurement, List.of(fields));
  }

  /** The JSON names, which a point may carry and nothing else. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    fields.forEach(f -> names.add(f.name()));
    return names;
  }

  public List<String> required() {
    return fields.stream().filter(PointField::required).map(PointField::name).toList();
  }

  /** Tags and fields under their stored names, for the stores and the window queries. */
  public SeriesSchema schema() {
    List<String> tags = new ArrayList<>();
    List<SeriesSchema.Field> stored = new ArrayList<>();
    for (PointField field : fields) {
      switch (field.role()) {
        case TAG -> tags.add(field.stored());
        case COUNTER -> stored.add(SeriesSchema.counter(field.stored()));
        case GAUGE -> stored.add(SeriesSchema.gauge(field.stored()));
        case TEXT -> stored.add(SeriesSchema.text(field.stored()));
        case TIME, DATE -> {
        }
      }
    }
    return new SeriesSchema(measurement, tags, stored, fields.stream().filter(PointField::reporter).map(PointField::stored).findFirst());
  }
}
