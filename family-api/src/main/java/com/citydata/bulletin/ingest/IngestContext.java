package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.Catalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What checking a request needs beyond its points: the catalog now, the clock, the bulletin's time zone, the day a
 * request's path names when it replaces a day's records (a week's pilot list, a register snapshot), and the units the
 * posting collector may post for.
 */
public record IngestContext(Catalog catalog, Instant now, ZoneId zone, Optional<LocalDate> day, UnitScope scope) {

  public IngestContext(Catalog catalog, Instant now, ZoneId zone) {
    this(catalog, now, zone, Optional.empty(), UnitScope.ALL);
  }
}
