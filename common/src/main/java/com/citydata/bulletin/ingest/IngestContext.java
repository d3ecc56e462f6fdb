package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.Catalog;
import java.time.Instant;
import java.time.ZoneId;

/** What checking a request needs beyond its points: the catalog now, the clock, the bulletin's time zone. */
public record IngestContext(Catalog catalog, Instant now, ZoneId zone) {
}
