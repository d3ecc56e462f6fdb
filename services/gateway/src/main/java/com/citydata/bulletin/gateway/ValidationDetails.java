package com.citydata.bulletin.gateway;

import com.citydata.bulletin.domain.FieldError;
import io.vertx.json.schema.OutputUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps JSON-schema validation output to the API's error details: "/points/3/records" becomes index 3, field
 * "records" (and so for a list's "items"); an item of another array keeps the array's name, "/lead/0" becomes
 * index 0, field "lead". Only leaf
 * keywords are kept; the wrapper errors ("properties", "items") repeat what they contain.
 */
final class ValidationDetails {
  private static final Set<String> LEAF_KEYWORDS = Set.of("type", "required", "minimum", "maximum", "enum", "format",
      "minLength", "maxLength", "minItems", "maxItems", "additionalProperties", "pattern", "const", "multipleOf",
      "exclusiveMinimum", "exclusiveMaximum");
  private static final String ADDITIONAL = "Property \"";
  private static final Pattern REQUIRED = Pattern.compile("required property \"(.+)\"");
  private static final Pattern ITEM = Pattern.compile("^/([^/]+)/(\\d+)(?:/(.*))?$");
  /** The request arrays whose items the index counts without naming them: an ingest's points, a list's items. */
  private static final java.util.Set<String> ITEMS = java.util.Set.of("points", "items");

  private ValidationDetails() {
  }

  /** What a request without the body its operation requires is told. */
  static final FieldError EMPTY_BODY = new FieldError(null, "body", "is empty; send a JSON object");

  /** As {@link #from(OutputUnit)}, with a fault of the whole value named by where the value was: "body", "query". */
  static List<FieldError> from(OutputUnit output, String place) {
    return from(output).stream().map(d -> d.index() == null && d.field().isEmpty() ? new FieldError(null, place, d.message()) : d)
        .toList();
  }

  static List<FieldError> from(OutputUnit output) {
    Set<FieldError> details = new LinkedHashSet<>();
    collect(output, details);
    List<FieldError> all = new ArrayList<>(details);
    // additionalProperties is also reported for declared properties whose value failed: keep it only where
    // nothing more precise was said about the same place, and then it means an undeclared field.
    List<FieldError> kept = new ArrayList<>();
    for (FieldError error : all) {
      if (!error.message().startsWith(ADDITIONAL)) {
        kept.add(error);
      } else if (all.stream().noneMatch(other -> !other.message().startsWith(ADDITIONAL) && within(other, error))) {
        kept.add(new FieldError(error.index(), error.field(), "unknown field"));
      }
    }
    return kept;
  }

  private static boolean within(FieldError inner, FieldError outer) {
    if (outer.index() == null) {
      return inner.index() != null || inner.field().startsWith(outer.field());
    }
    return outer.index().equals(inner.index()) && inner.field().startsWith(outer.field());
  }

  private static void collect(OutputUnit unit, Set<FieldError> out) {
    if (unit.getErrors() != null) {
      unit.getErrors().forEach(child -> collect(child, out));
    }
    String keyword = keyword(unit.getKeywordLocation());
    if (unit.getError() == null || !LEAF_KEYWORDS.contains(keyword)) {
      return;
    }
    String location = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation().replaceFirst("^#", "");
    String message = unit.getError();
    if ("required".equals(keyword)) {
      Matcher m = REQUIRED.matcher(message);
      if (m.find()) {
        location = location + "/" + m.group(1);
        message = "is required";
      }
    }
    Matcher item = ITEM.matcher(location);
    if (item.matches()) {
      String field = item.group(3) == null ? "" : item.group(3);
      if (!ITEMS.contains(item.group(1))) {
        field = field.isEmpty() ? item.group(1) : item.group(1) + "/" + field;
      }
      out.add(new FieldError(Integer.parseInt(item.group(2)), field, message));
    } else {
      out.add(new FieldError(null, location.replaceFirst("^/", ""), message));
    }
  }

  private static String keyword(String keywordLocation) {
    if (keywordLocation == null) {
      return "";
    }
    return keywordLocation.substring(keywordLocation.lastIndexOf('/') + 1);
  }
}
