package com.citydata.bulletin.pagequery;

import com.citydata.bulletin.ingest.IngestVerticle;

/** The page-query ingest service. */
public final class PageQueryIngestVerticle extends IngestVerticle {
  public PageQueryIngestVerticle() {
    super(new PageQueryFamily());
  }
}
