package com.citydata.bulletin.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * What the gateway hands a family's ingest service: the posted points (a JSON body's array, or for a time-series
 * family the JSON body itself, read as it streams), a file, or line protocol (with its timestamps' precision); the day the path names, if any; and the units the collector may post for (empty: every unit).
 *
 * <p>Within one process it travels by reference: the gateway lets go of it once sent, and copying a thousand points
 * per request, as the event bus does for a JsonObject, cost more than checking them. Between cluster members it
 * travels as JSON.
 */
public record IngestRequest(Kind kind, JsonArray points, Buffer body, String mediaType, String precision, String day, Set<String> units) {
  public enum Kind { POINTS, JSON, FILE, LINES }

  public IngestRequest {
    units = Set.copyOf(units);
  }

  public static IngestRequest points(JsonArray points, String day, Set<String> units) {
    return new IngestRequest(Kind.POINTS, points, null, null, null, day, units);
  }

  /** A time-series family's JSON body, its envelope already checked against the contract. */
  public static IngestRequest json(Buffer body, String day, Set<String> units) {
    return new IngestRequest(Kind.JSON, null, body, null, null, day, units);
  }

  public static IngestRequest file(Buffer file, String mediaType, String day, Set<String> units) {
    return new IngestRequest(Kind.FILE, null, file, mediaType, null, day, units);
  }

  public static IngestRequest lines(Buffer lines, String precision, Set<String> units) {
    return new IngestRequest(Kind.LINES, null, lines, null, precision, null, units);
  }

  /** Once per Vert.x instance, before any service sends or takes one. */
  public static void registerCodec(EventBus bus) {
    bus.registerDefaultCodec(IngestRequest.class, new Codec());
  }

  private static final class Codec implements MessageCodec<IngestRequest, IngestRequest> {
    @Override
    public void encodeToWire(Buffer wire, IngestRequest request) {
      JsonObject json = new JsonObject().put("kind", request.kind().name()).put("points", request.points())
          .put("body", request.body() == null ? null : request.body().getBytes()).put("media_type", request.mediaType())
          .put("precision", request.precision()).put("day", request.day()).put("units", new JsonArray(List.copyOf(request.units())));
      Buffer encoded = json.toBuffer();
      wire.appendInt(encoded.length()).appendBuffer(encoded);
    }

    @Override
    public IngestRequest decodeFromWire(int position, Buffer wire) {
      int length = wire.getInt(position);
      JsonObject json = new JsonObject(wire.slice(position + 4, position + 4 + length));
      byte[] body = json.getBinary("body");
      return new IngestRequest(Kind.valueOf(json.getString("kind")), json.getJsonArray("points"),
          body == null ? null : Buffer.buffer(body), json.getString("media_type"), json.getString("precision"), json.getString("day"),
          Set.copyOf(json.getJsonArray("units").stream().map(String.class::cast).toList()));
    }

    @Override
    public IngestRequest transform(IngestRequest request) {
      return request;
    }

    @Override
    public String name() {
      return "ingest-request";
    }

    @Override
    public byte systemCodecID() {
      return -1;
    }
  }
}
