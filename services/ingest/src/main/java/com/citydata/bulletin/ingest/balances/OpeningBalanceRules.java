package com.citydata.bulletin.ingest.balances;

import com.citydata.bulletin.balances.OpeningBalance;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A family's opening balances as posted, {"date","balances":[{tags…, counters…}]}: each names its series by every tag
 * of the family's point (its unit through the catalog, an alias kept as the unit's name) and gives every counted
 * field, a whole number from 0 to 10^15 (years of totals); nothing else. Every problem is named, and none of a refused
 * request is kept.
 */
public final class OpeningBalanceRules {
  /** Years of a city's totals: the seed's 388.48亿 records is 3.9 × 10^10. */
  static final long MAX_TOTAL = 1_000_000_000_000_000L;

  private OpeningBalanceRules() {
  }

  public static List<OpeningBalance> read(JsonObject body, PointShape shape, Catalog catalog) {
    List<FieldError> problems = new ArrayList<>();
    if (body == null) {
      throw new InvalidRequestException("the body is empty", List.of(new FieldError(null, "body", "is required: {\"date\",\"balances\"}")));
    }
    body.fieldNames().stream().filter(name -> !name.equals("date") && !name.equals("balances"))
        .forEach(name -> problems.add(new FieldError(null, name, "is not a field of opening balances; they are date and balances")));
    Optional<LocalDate> date = date(body.getValue("date"), problems);
    List<PointField> tags = shape.fields().stream().filter(f -> f.role() == PointField.Role.TAG).toList();
    List<PointField> counters = shape.fields().stream().filter(f -> f.role() == PointField.Role.COUNTER).toList();
    if (counters.isEmpty()) {
      throw new InvalidRequestException("the family counts nothing, so it has no opening balances",
          List.of(new FieldError(null, "family", "has no counted fields")));
    }
    Set<String> allowed = new HashSet<>();
    tags.forEach(t -> allowed.add(t.name()));
    counters.forEach(c -> allowed.add(c.name()));
    Object listed = body.getValue("balances");
    if (!(listed instanceof JsonArray balances) || balances.isEmpty()) {
      problems.add(new FieldError(null, "balances", "is required: a list of one or more balances"));
      throw new InvalidRequestException("invalid opening balances; nothing was stored", problems);
    }
    List<OpeningBalance> read = new ArrayList<>();
    Set<String> series = new HashSet<>();
    for (int i = 0; i < balances.size(); i++) {
      if (!(balances.getValue(i) instanceof JsonObject balance)) {
        problems.add(new FieldError(i, "balances", "expected object (the series' tags and its totals), got " + balances.getValue(i)));
        continue;
      }
      int index = i;
      balance.fieldNames().stream().filter(name -> !allowed.contains(name)).forEach(name -> problems.add(new FieldError(index, name,
          "is not a tag or counted field of the family; a balance holds " + String.join(", ", allowed.stream().sorted().toList()))));
      Map<String, String> stored = new HashMap<>();
      for (PointField tag : tags) {
        tag(balance.getValue(tag.name()), tag, catalog, index, problems).ifPresent(value -> stored.put(tag.stored(), value));
      }
      Map<String, Long> totals = new HashMap<>();
      for (PointField counter : counters) {
        total(balance.getValue(counter.name()), counter, index, problems).ifPresent(value -> totals.put(counter.stored(), value));
      }
      if (stored.size() == tags.size() && totals.size() == counters.size() && date.isPresent()) {
        OpeningBalance opening = new OpeningBalance(shape.measurement(), stored, date.get(), totals);
        if (!series.add(opening.series())) {
          problems.add(new FieldError(i, "balances", "names the same series as an earlier balance"));
        }
        read.add(opening);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("invalid opening balances; nothing was stored", problems);
    }
    return read;
  }

  private static Optional<LocalDate> date(Object value, List<FieldError> problems) {
    try {
      LocalDate date = LocalDate.parse((String) value);
      if (date.isBefore(LocalDate.of(1970, 1, 1))) {
        problems.add(new FieldError(null, "date", "must be 1970-01-01 or later"));
        return Optional.empty();
      }
      return Optional.of(date);
    } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
      problems.add(new FieldError(null, "date", "is required: the day the totals are of, YYYY-MM-DD"));
      return Optional.empty();
    }
  }

  private static Optional<String> tag(Object value, PointField tag, Catalog catalog, int index, List<FieldError> problems) {
    if (!(value instanceof String text)) {
      problems.add(new FieldError(index, tag.name(), "is required, a string"));
      return Optional.empty();
    }
    Optional<String> problem = Names.problem(text);
    if (problem.isPresent()) {
      problems.add(new FieldError(index, tag.name(), problem.get()));
      return Optional.empty();
    }
    if (!tag.choices().isEmpty() && !tag.choices().contains(text)) {
      problems.add(new FieldError(index, tag.name(), "must be one of " + String.join(", ", tag.choices()) + ", got '" + text + "'"));
      return Optional.empty();
    }
    if (tag.reporter()) {
      Optional<Unit> unit = catalog.resolve(text);
      if (unit.isEmpty()) {
        problems.add(new FieldError(index, tag.name(), "unknown unit '" + text + "'; add it or an alias to the catalog first"));
        return Optional.empty();
      }
      return Optional.of(unit.get().name());
    }
    return Optional.of(text);
  }

  private static Optional<Long> total(Object value, PointField counter, int index, List<FieldError> problems) {
    BigDecimal number = value instanceof Integer || value instanceof Long ? BigDecimal.valueOf(((Number) value).longValue())
        : value instanceof BigDecimal decimal ? decimal : value instanceof BigInteger whole ? new BigDecimal(whole)
        : value instanceof Double d && !d.isInfinite() && !d.isNaN() ? new BigDecimal(d.toString()) : null;
    if (number == null || number.stripTrailingZeros().scale() > 0 || number.signum() < 0
        || number.compareTo(BigDecimal.valueOf(MAX_TOTAL)) > 0) {
      problems.add(new FieldError(index, counter.name(), "is required: a whole number from 0 to " + MAX_TOTAL + ", got " + value));
      return Optional.empty();
    }
    return Optional.of(number.longValueExact());
  }
}
