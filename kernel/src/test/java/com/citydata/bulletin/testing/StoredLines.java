package com.citydata.bulletin.testing;

import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.ingest.IngestContext;
import io.vertx.core.json.JsonArray;
import java.util.List;

/** What a family would store, as the line protocol the store receives: a family's points compare by their lines. */
public final class StoredLines {
  private StoredLines() {
  }

  public static List<String> parsed(Family family, JsonArray points, IngestContext context) {
    return ((Batch.Series) family.parse(points, context)).lines().lines().toString().lines().toList();
  }
}
