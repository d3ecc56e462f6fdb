package com.citydata.bulletin.pagequery;

import com.citydata.bulletin.ingest.CounterFamily;
import com.citydata.bulletin.ingest.IngestVerticle;

/** The page-query ingest service (页面查询): per unit and query module, visits since the last report. */
public final class PageQueryIngestVerticle extends IngestVerticle {
  public static final String FAMILY = "pagequery";

  public PageQueryIngestVerticle() {
    super(new CounterFamily(FAMILY, "module", "visits", PageQuerySeries::point));
  }
}
