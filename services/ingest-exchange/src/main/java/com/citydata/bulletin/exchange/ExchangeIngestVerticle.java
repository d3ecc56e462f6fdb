package com.citydata.bulletin.exchange;

import com.citydata.bulletin.ingest.IngestVerticle;

/** The data-exchange ingest service. */
public final class ExchangeIngestVerticle extends IngestVerticle {
  public ExchangeIngestVerticle() {
    super(new ExchangeFamily());
  }
}
