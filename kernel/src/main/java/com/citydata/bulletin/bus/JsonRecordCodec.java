package com.citydata.bulletin.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;

/**
 * The codec of a bus message record: within one process the record itself travels (records are immutable, so no
 * copy is needed), between cluster members its JSON.
 */
final class JsonRecordCodec<T> implements MessageCodec<T, T> {
  private final String name;
  private final Function<T, JsonObject> toJson;
  private final Function<JsonObject, T> fromJson;

  JsonRecordCodec(Class<T> type, Function<T, JsonObject> toJson, Function<JsonObject, T> fromJson) {
    this.name = type.getSimpleName();
    this.toJson = toJson;
    this.fromJson = fromJson;
  }

  @Override
  public void encodeToWire(Buffer wire, T message) {
    Buffer encoded = toJson.apply(message).toBuffer();
    wire.appendInt(encoded.length()).appendBuffer(encoded);
  }

  @Override
  public T decodeFromWire(int position, Buffer wire) {
    int length = wire.getInt(position);
    return fromJson.apply(new JsonObject(wire.slice(position + 4, position + 4 + length)));
  }

  @Override
  public T transform(T message) {
    return message;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
