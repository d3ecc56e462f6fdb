package com.citydata.bulletin.interfacecalls;

import com.citydata.bulletin.ingest.CounterFamily;
import com.citydata.bulletin.ingest.IngestVerticle;

/** The interface-call ingest service (接口调用): per unit and business system, calls since the last report. */
public final class InterfaceIngestVerticle extends IngestVerticle {
  public static final String FAMILY = "interface";

  public InterfaceIngestVerticle() {
    super(new CounterFamily(FAMILY, "system", "calls", InterfaceSeries::point));
  }
}
