package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.Catalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What checking a request needs beyond its points: the catalog now, the clock, the bulletin's time zone, and the
 * day a request's path names when it replaces a day's records (a week's pilot list, a register snapshot).
 */
public record IngestContext(Catalog catalog, Instant now, ZoneId zone, Optional<LocalDate> day) {

  public IngestContext(Catalog catalog, Instant now, ZoneId zone) {
    this(catalog, now, zone, Optional.empty());
  }
}
