package com.citydata.bulletin.interfacecalls;

import com.citydata.bulletin.ingest.IngestVerticle;

/** The interface-call ingest service. */
public final class InterfaceIngestVerticle extends IngestVerticle {
  public InterfaceIngestVerticle() {
    super(new InterfaceFamily());
  }
}
