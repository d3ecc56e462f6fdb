package com.citydata.bulletin.family;

import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Outline;
import com.citydata.bulletin.series.SeriesSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The families found on the class path. Refuses two families with one name, two tables with one id, two families
 * writing one measurement or answering one operation: each would silently shadow the other; and a bulletin part
 * that prints into a section or group no installed family declares.
 */
public final class FamilyRegistry {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private final List<Family> families;
  private final Map<String, RankingTable> tables = new LinkedHashMap<>();
  private final Map<String, Query> queries = new LinkedHashMap<>();
  private final Outline outline;

  private FamilyRegistry(List<Family> families) {
    Set<String> names = new HashSet<>();
    Map<String, String> measurements = new HashMap<>();
    Map<String, String> tableOwners = new HashMap<>();
    Map<String, String> queryOwners = new HashMap<>();
    List<Family> sorted = new ArrayList<>(families);
    sorted.sort(Comparator.comparing(Family::name));
    for (Family family : sorted) {
      String name = family.name();
      if (!NAME.matcher(name).matches()) {
        throw new IllegalStateException("family name '" + name + "' must be lower-case letters, digits and dashes");
      }
      if (!names.add(name)) {
        throw new IllegalStateException("two families are named '" + name + "'");
      }
      family.series().ifPresent(schema -> claim(measurements, schema.measurement(), name, "measurement"));
      for (RankingTable table : family.rankings()) {
        claim(tableOwners, table.id(), name, "ranking table");
        tables.put(table.id(), table);
      }
      for (Query query : family.queries()) {
        claim(queryOwners, query.operationId(), name, "operation");
        queries.put(query.operationId(), query);
      }
    }
    this.families = List.copyOf(sorted);
    Map<String, BulletinPart> parts = new LinkedHashMap<>();
    this.families.forEach(family -> parts.put(family.name(), family.bulletin()));
    this.outline = Outline.of(parts);
  }

  private static void claim(Map<String, String> owners, String key, String family, String what) {
    String owner = owners.putIfAbsent(key, family);
    if (owner != null) {
      throw new IllegalStateException("the " + what + " '" + key + "' is claimed by both " + owner + " and " + family);
    }
  }

  /** The families registered on the class path, found once per class loader. */
  public static FamilyRegistry installed() {
    return Installed.REGISTRY;
  }

  private static final class Installed {
    static final FamilyRegistry REGISTRY = of(ServiceLoader.load(Family.class).stream().map(ServiceLoader.Provider::get).toList());
  }

  public static FamilyRegistry of(List<Family> families) {
    return new FamilyRegistry(families);
  }

  /** By name. */
  public List<Family> families() {
    return families;
  }

  public Optional<RankingTable> table(String id) {
    return Optional.ofNullable(tables.get(id));
  }

  public List<RankingTable> tables() {
    return List.copyOf(tables.values());
  }

  public List<Query> queries() {
    return List.copyOf(queries.values());
  }

  /** The families kept as time series, by name: the buckets of the line-protocol door. */
  public List<String> seriesFamilies() {
    return families.stream().filter(f -> f.series().isPresent()).map(Family::name).toList();
  }

  /** The bulletin's sections, groups and paragraphs as the families declare them. */
  public Outline outline() {
    return outline;
  }

  public List<SeriesSchema> schemas() {
    return families.stream().flatMap(f -> f.series().stream()).toList();
  }

  public List<String> measurements() {
    return schemas().stream().map(SeriesSchema::measurement).toList();
  }
}
