package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.storage.SeriesPoint;
import io.vertx.core.json.JsonArray;
import java.util.List;

/**
 * A family of counts that collectors post (exchange, interface calls, ...): its name, as used in paths and
 * collector grants, and how its posted points become series points. Adding a family means one implementation
 * of this interface, a verticle that hands it to {@link IngestVerticle}, and its schema in the OpenAPI file.
 */
public interface IngestFamily {

  String name();

  /**
   * Checks every point and maps them all, or throws {@link InvalidRequestException} listing every problem, so
   * that nothing of a bad request is written.
   */
  List<SeriesPoint> toSeries(JsonArray points, IngestContext context);
}
