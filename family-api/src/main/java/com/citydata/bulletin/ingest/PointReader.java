package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one posted point, recording a {@link FieldError} for each problem instead of stopping at
 * the first, so one response can name all of them. Shared by every ingest family.
 */
public final class PointReader {
  /** Collectors' clocks drift; a point further ahead than this is a mistake, not drift. */
  static final Duration MAX_CLOCK_AHEAD = Duration.ofDays(1);
  /**
   * The largest count one point may carry: a thousand units reporting hourly for a year still sum below 2^63
   * (10^12 × 1000 × 24 × 366 ≈ 8.8 × 10^18).
   */
  public static final long MAX_COUNT = 1_000_000_000_000L;
  /** Stores keep times from the Unix epoch on; QuestDB refuses earlier ones. */
  static final Instant EARLIEST = Instant.EPOCH;
  /** The contract's date-time (RFC 3339): seconds and an offset are required, which ISO-8601 parsing alone lets go. */
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
  /** The contract's date: four-digit years only, where ISO parsing would also take "+12345-01-01". */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** The contract's pattern for names and labels: something besides spaces, and backslashes only around it. */
  private static final Pattern NAME = Pattern.compile("^[^\\\\]*\\S[^\\\\]*$");

  private final JsonObject point;
  private final int index;
  private final List<FieldError> errors;

  public PointReader(JsonObject point, int index, List<FieldError> errors) {
    this.point = point;
    this.index = index;
    this.errors = errors;
  }

  public void rejectUnknownFields(Set<String> known) {
    point.fieldNames().stream()
        .filter(name -> !known.contains(name))
        .sorted()
        .forEach(name -> error(name, "unknown field; expected one of " + String.join(", ", known.stream().sorted().toList())));
  }

  public Optional<String> text(String field) {
    Object value = point.getValue(field);
    if (value == null) {
      error(field, "is required");
      return Optional.empty();
    }
    if (!(value instanceof String s) || s.isBlank()) {
      error(field, "must be a non-empty string");
      return Optional.empty();
    }
    return storable(field, s);
  }

  /** Free text is stored as sent or refused, like names, though spaces and backslashes are its own business. */
  private Optional<String> storable(String field, String text) {
    Optional<String> problem = Names.textProblem(text);
    problem.ifPresent(p -> error(field, p));
    return problem.isPresent() ? Optional.empty() : Optional.of(text);
  }

  /** A name stored as a tag or key: refused, never altered, when {@link Names} would not keep it exactly. */
  public Optional<String> name(String field) {
    return string(field, "is required").flatMap(name -> {
      if (!name.isEmpty() && !NAME.matcher(name).matches()) {
        error(field, "does not match the pattern " + NAME.pattern());
        return Optional.empty();
      }
      Optional<String> problem = Names.problem(name);
      problem.ifPresent(p -> error(field, p));
      return problem.isPresent() ? Optional.empty() : Optional.of(name);
    });
  }

  /** A whole number ≥ 0; 12.0 is accepted as 12 because JSON does not tell them apart, 12.5 is not. */
  public Optional<Long> count(String field) {
    Object value = point.getValue(field);
    if (value == null) {
      error(field, "is required");
      return Optional.empty();
    }
    if (!(value instanceof Number number)) {
      error(field, "must be an integer ≥ 0, got " + describe(value));
      return Optional.empty();
    }
    if (number instanceof Double d && (d.isNaN() || d.isInfinite())) {
      // The JSON parser reads a number beyond a double's range, such as 1e309, as infinity: no count is that large.
      error(field, "must be at most " + MAX_COUNT + " (so that a year of sums cannot overflow), got a number beyond the range of a double");
      return Optional.empty();
    }
    long whole;
    if (number instanceof Integer || number instanceof Long) {
      // Nearly every count: no BigDecimal of its text, where a thousand points carry thousands of counts.
      whole = number.longValue();
    } else {
      BigDecimal decimal = new BigDecimal(number.toString());
      if (decimal.stripTrailingZeros().scale() > 0) {
        error(field, "must be an integer ≥ 0, got the fraction " + number);
        return Optional.empty();
      }
      // Beyond a long either way, only the sign matters for the message below.
      whole = decimal.signum() < 0 ? -1 : decimal.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0 ? Long.MAX_VALUE : decimal.longValueExact();
    }
    if (whole < 0) {
      error(field, "must be an integer ≥ 0, got " + number + ", which is less than 0");
      return Optional.empty();
    }
    if (whole > MAX_COUNT) {
      error(field, "must be at most " + MAX_COUNT + " (so that a year of sums cannot overflow), got " + number);
      return Optional.empty();
    }
    return Optional.of(whole);
  }

  /** A name that must also match a family's own pattern, e.g. a catalogue code's letters and digits. */
  public Optional<String> name(String field, Pattern pattern) {
    return name(field).flatMap(name -> {
      if (!pattern.matcher(name).matches()) {
        error(field, "does not match the pattern " + pattern.pattern());
        return Optional.empty();
      }
      return Optional.of(name);
    });
  }

  /** A short label kept as a text field (a licence's status): the contract's name pattern, at most {@code maxLength} characters. */
  public Optional<String> label(String field, int maxLength) {
    return text(field).flatMap(label -> {
      if (!NAME.matcher(label).matches()) {
        error(field, "does not match the pattern " + NAME.pattern());
        return Optional.empty();
      }
      int length = label.codePointCount(0, label.length());
      if (length > maxLength) {
        error(field, "must be at most " + maxLength + " characters, got " + length);
        return Optional.empty();
      }
      return Optional.of(label);
    });
  }

  /** A string that may be empty (but not absent): free text such as a unit's planned applications. */
  public Optional<String> optionalText(String field) {
    return string(field, "is required (it may be empty)").flatMap(text -> storable(field, text));
  }

  private Optional<String> string(String field, String whenAbsent) {
    Object value = point.getValue(field);
    if (value == null) {
      error(field, whenAbsent);
      return Optional.empty();
    }
    if (!(value instanceof String s)) {
      error(field, "must be a string, got " + describe(value));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /**
   * A number ≥ 0 with at most {@code digits} significant digits, the most a double carries from the JSON parser to
   * the store unchanged; a longer one would be stored altered, so it is refused.
   */
  public Optional<BigDecimal> decimal(String field, int digits) {
    Object value = point.getValue(field);
    if (value == null) {
      error(field, "is required");
      return Optional.empty();
    }
    if (!(value instanceof Number number) || (number instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      error(field, "must be a number ≥ 0, got " + describe(value));
      return Optional.empty();
    }
    BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
    if (decimal.signum() < 0) {
      error(field, "must be a number ≥ 0, got " + number);
      return Optional.empty();
    }
    if (decimal.precision() > digits) {
      error(field, "has more than " + digits + " significant digits, which would not be stored exactly: " + number);
      return Optional.empty();
    }
    if (decimal.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
      error(field, "must be at most " + MAX_COUNT + ", got " + number);
      return Optional.empty();
    }
    if (decimal.signum() > 0 && decimal.doubleValue() < Double.MIN_NORMAL) {
      error(field, "is too close to 0 to be stored exactly: " + number);
      return Optional.empty();
    }
    return Optional.of(decimal);
  }

  /** A day that has begun in the bulletin's time zone: daily figures are not reported ahead. */
  public Optional<LocalDate> pastDate(String field, Instant now, ZoneId zone) {
    return date(field).flatMap(day -> {
      if (day.atStartOfDay(zone).toInstant().isAfter(now)) {
        error(field, "'" + day + "' has not begun yet");
        return Optional.empty();
      }
      return Optional.of(day);
    });
  }

  /** An ISO-8601 date-time with an offset; a time without one is ambiguous across the city's systems. */
  public Optional<Instant> time(String field, Instant now) {
    return text(field).flatMap(text -> {
      try {
        if (!DATE_TIME.matcher(text).matches()) {
          throw new DateTimeParseException("not RFC 3339", text, 0);
        }
        Instant time = OffsetDateTime.parse(text).toInstant();
        if (time.getNano() % 1_000_000 != 0) {
          error(field, "'" + text + "' is finer than a millisecond, the finest time the stores keep");
          return Optional.empty();
        }
        if (time.isAfter(now.plus(MAX_CLOCK_AHEAD))) {
          error(field, "'" + text + "' is more than a day in the future");
          return Optional.empty();
        }
        if (time.isBefore(EARLIEST)) {
          error(field, "'" + text + "' is before 1970-01-01T00:00:00Z, the earliest time the stores keep");
          return Optional.empty();
        }
        return Optional.of(time);
      } catch (DateTimeParseException e) {
        error(field, "'" + text + "' is not a valid date-time with offset, e.g. 2018-07-16T09:30:00+08:00");
        return Optional.empty();
      }
    });
  }

  /** A calendar day, YYYY-MM-DD; a date-time is refused because daily gauges belong to a whole day. */
  public Optional<LocalDate> date(String field) {
    return text(field).flatMap(text -> {
      try {
        if (!DATE.matcher(text).matches()) {
          throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() < 1970) {
          error(field, "'" + text + "' is before 1970-01-01, the earliest day the stores keep");
          return Optional.empty();
        }
        return Optional.of(day);
      } catch (DateTimeParseException e) {
        error(field, "'" + text + "' is not a date of the form YYYY-MM-DD");
        return Optional.empty();
      }
    });
  }

  /** Like {@link #count}, for a field that may be left out. */
  public Optional<Long> optionalCount(String field) {
    return point.getValue(field) == null ? Optional.empty() : count(field);
  }

  public boolean has(String field) {
    return point.getValue(field) != null;
  }

  public <E> Optional<E> choice(String field, Function<String, Optional<E>> parse, List<String> allowed) {
    return text(field).flatMap(text -> {
      Optional<E> value = parse.apply(text);
      if (value.isEmpty()) {
        error(field, "'" + text + "' is not one of " + String.join(", ", allowed));
      }
      return value;
    });
  }

  /**
   * Resolves a unit name or alias to the catalog's canonical unit, and refuses the request with a 403 when the
   * posting collector may not post for that unit ({@link UnitScope}).
   */
  public Optional<Unit> unit(String field, IngestContext context) {
    return text(field).flatMap(name -> {
      Optional<Unit> unit = context.catalog().resolve(name);
      if (unit.isEmpty()) {
        error(field, "unknown unit '" + name + "'; add it or an alias to the catalog first");
      }
      unit.ifPresent(u -> context.scope().check(u, index, field));
      return unit;
    });
  }

  /**
   * Resolves a unit that must be of one of the given kinds, e.g. a region (the city level or a district).
   *
   * @param purpose what the field is, for the message, e.g. "e-seal regions"
   */
  public Optional<Unit> unit(String field, IngestContext context, Set<UnitKind> kinds, String purpose) {
    return unit(field, context).flatMap(unit -> {
      if (!kinds.contains(unit.kind())) {
        error(field, "'" + unit.name() + "' is a unit of kind " + unit.kind().wireName() + "; " + purpose + " are units of kind "
            + String.join(" or ", kinds.stream().map(UnitKind::wireName).sorted().toList()));
        return Optional.empty();
      }
      return Optional.of(unit);
    });
  }

  /** Records an error when {@code part} exceeds {@code whole}, two fields of one point that must nest. */
  public boolean atMost(String partField, long part, String wholeField, long whole) {
    if (part > whole) {
      error(partField, partField + " (" + part + ") exceeds " + wholeField + " (" + whole + ")");
      return false;
    }
    return true;
  }

  public void error(String field, String message) {
    errors.add(new FieldError(index, field, message));
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "the string \"" + s + "\"";
    }
    return value.getClass().getSimpleName().replace("JsonObject", "an object").replace("JsonArray", "an array")
        .replace("Boolean", "a boolean");
  }

  // The same rules, by a property's declaration, so a family names each property once (PointShape).

  /** Refuses every property the point's declaration does not have. */
  public void rejectUnknownFields(PointShape shape) {
    rejectUnknownFields(shape.names());
  }

  public Optional<Instant> time(PointField field, Instant now) {
    return time(field.name(), now);
  }

  public Optional<LocalDate> date(PointField field) {
    return date(field.name());
  }

  /** A count; left out, it is a problem when the declaration requires it, else empty. */
  public Optional<Long> count(PointField field) {
    return field.required() ? count(field.name()) : optionalCount(field.name());
  }

  public Optional<String> name(PointField field) {
    return name(field.name());
  }

  public Optional<Unit> unit(PointField field, IngestContext context) {
    return unit(field.name(), context);
  }

  public Optional<Unit> unit(PointField field, IngestContext context, Set<UnitKind> kinds, String purpose) {
    return unit(field.name(), context, kinds, purpose);
  }

  /** One of the declaration's choices. */
  public <E> Optional<E> choice(PointField field, Function<String, Optional<E>> parse) {
    return choice(field.name(), parse, field.choices());
  }

}
