package com.citydata.bulletin.dingtalk;

import com.citydata.bulletin.ingest.IngestVerticle;

/** The DingTalk ingest service. */
public final class DingtalkIngestVerticle extends IngestVerticle {
  public DingtalkIngestVerticle() {
    super(new DingtalkFamily());
  }
}
