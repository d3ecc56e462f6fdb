package com.citydata.bulletin.families.eseal;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.Amounts;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.ranking.WeekOverWeek;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's 附件4 (电子签章排名表): every region with a seal, the city level first and then in catalogue order, with
 * its seals and stamps; and the city level's seals that stamped, by stamps.
 */
final class EsealRanking {
  /** One region's seals and stamps. */
  record Region(String unit, long seals, long stamps, long weekly) {
  }

  private EsealRanking() {
  }

  static Comparator<Region> regionOrder(Catalog catalog) {
    return Comparator.comparing((Region r) -> catalog.kindOf(r.unit()) != UnitKind.CITY)
        .thenComparingInt(r -> catalog.positionOf(r.unit()))
        .thenComparing(Region::unit);
  }

  static final Comparator<SealFigures> SEAL_ORDER = Comparator.comparingLong(SealFigures::stamps).reversed()
      .thenComparing(SealFigures::seal);

  static List<Region> regions(Catalog catalog, Collection<SealFigures> seals) {
    Map<String, List<SealFigures>> byRegion = new LinkedHashMap<>();
    seals.forEach(s -> byRegion.computeIfAbsent(s.region(), r -> new ArrayList<>()).add(s));
    List<Region> regions = new ArrayList<>();
    byRegion.forEach((unit, of) -> regions.add(new Region(unit, of.stream().map(SealFigures::seal).distinct().count(),
        of.stream().mapToLong(SealFigures::stamps).sum(), of.stream().mapToLong(SealFigures::weekly).sum())));
    regions.sort(regionOrder(catalog));
    return regions;
  }

  static WeekOverWeek previousRegions(Catalog catalog, Collection<SealFigures> lastWeek) {
    return WeekOverWeek.against(regions(catalog, lastWeek), Region::unit, Region::weekly);
  }

  static JsonObject regionTable(String name, WeekWindow window, Catalog catalog, Collection<SealFigures> seals, WeekOverWeek lastWeek) {
    List<Region> regions = regions(catalog, seals);
    JsonArray rows = RankedRows.rows(regions, r -> new JsonObject().put("unit", r.unit()).put("seals", r.seals())
        .put("stamps", r.stamps()).put("weekly", r.weekly()), Region::unit, "weekly", Region::weekly, lastWeek);
    long weekly = regions.stream().mapToLong(Region::weekly).sum();
    JsonObject total = new JsonObject()
        .put("units", regions.size())
        .put("seals", regions.stream().mapToLong(Region::seals).sum())
        .put("stamps", regions.stream().mapToLong(Region::stamps).sum())
        .put("weekly", weekly)
        .put("daily_average", Amounts.dailyAverage(weekly))
        .put("change", lastWeek.total("weekly", weekly));
    return RankedRows.table(name, window, rows, total);
  }

  /** The city level's seals that stamped up to the window's end. */
  static List<SealFigures> citySeals(Catalog catalog, Collection<SealFigures> seals) {
    List<SealFigures> city = new ArrayList<>();
    for (SealFigures seal : seals) {
      if (catalog.kindOf(seal.region()) == UnitKind.CITY && seal.stamps() > 0) {
        city.add(seal);
      }
    }
    city.sort(SEAL_ORDER);
    return city;
  }

  static WeekOverWeek previousCitySeals(Catalog catalog, Collection<SealFigures> lastWeek) {
    return WeekOverWeek.against(citySeals(catalog, lastWeek), SealFigures::seal, SealFigures::weekly);
  }

  static JsonObject citySealTable(String name, WeekWindow window, Catalog catalog, Collection<SealFigures> seals, WeekOverWeek lastWeek) {
    List<SealFigures> city = citySeals(catalog, seals);
    JsonArray rows = RankedRows.rows(city, s -> new JsonObject().put("seal", s.seal()).put("stamps", s.stamps())
        .put("weekly", s.weekly()), SealFigures::seal, "weekly", SealFigures::weekly, lastWeek);
    long weekly = city.stream().mapToLong(SealFigures::weekly).sum();
    JsonObject total = new JsonObject()
        .put("seals", city.size())
        .put("stamps", city.stream().mapToLong(SealFigures::stamps).sum())
        .put("weekly", weekly)
        .put("change", lastWeek.total("weekly", weekly));
    return RankedRows.table(name, window, rows, total);
  }
}
