package com.citydata.bulletin.bus;

/** Event-bus addresses between the gateway and the services. */
public final class Addresses {
  public static final String RANKING = "bulletin.ranking";
  private static final String INGEST_PREFIX = "bulletin.ingest.";

  private Addresses() {
  }

  public static String ingest(String family) {
    return INGEST_PREFIX + family;
  }
}
