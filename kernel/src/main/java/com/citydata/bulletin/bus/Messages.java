package com.citydata.bulletin.bus;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The requests the gateway and the services send each other, one record each, with what each field means here
 * rather than in a consumer's Javadoc. Requests that carry nothing (the bulletin list, the archive page, the
 * subscription list, an ingest status) are sent with no body. Replies stay JSON: they are the API's bodies.
 */
public final class Messages {

  private Messages() {
  }

  /** Each record's codec, by its type. */
  static final Map<Class<?>, JsonRecordCodec<?>> CODECS = Map.of(
      RankingQuery.class, new JsonRecordCodec<>(RankingQuery.class, RankingQuery::toJson, RankingQuery::fromJson),
      RankingBatch.class, new JsonRecordCodec<>(RankingBatch.class, RankingBatch::toJson, RankingBatch::fromJson),
      BulletinQuery.class, new JsonRecordCodec<>(BulletinQuery.class, BulletinQuery::toJson, BulletinQuery::fromJson),
      Publish.class, new JsonRecordCodec<>(Publish.class, Publish::toJson, Publish::fromJson),
      Notes.class, new JsonRecordCodec<>(Notes.class, Notes::toJson, Notes::fromJson),
      NewSubscription.class, new JsonRecordCodec<>(NewSubscription.class, NewSubscription::toJson, NewSubscription::fromJson),
      SubscriptionRef.class, new JsonRecordCodec<>(SubscriptionRef.class, SubscriptionRef::toJson, SubscriptionRef::fromJson),
      FamilyQuery.class, new JsonRecordCodec<>(FamilyQuery.class, FamilyQuery::toJson, FamilyQuery::fromJson));

  /** Once per Vert.x instance, before any service sends or takes a message. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void registerCodecs(EventBus bus) {
    IngestRequest.registerCodec(bus);
    CODECS.forEach((type, codec) -> bus.registerDefaultCodec((Class) type, codec));
  }

  /** Who a write is recorded as: the principal the gateway names, or the admin when a message names none. */
  public static String actor(String named) {
    return named == null ? "admin" : named;
  }

  /** One ranking table for the week ending on {@code week} (null: the last complete week), with or without changes. */
  public record RankingQuery(String table, String week, boolean changes) {
    JsonObject toJson() {
      return new JsonObject().put("table", table).put("week", week).put("changes", changes);
    }

    static RankingQuery fromJson(JsonObject json) {
      return new RankingQuery(json.getString("table"), json.getString("week"), json.getBoolean("changes", true));
    }
  }

  /** A whole bulletin's tables in one message, answered in order ({"answers": [...]}). */
  public record RankingBatch(List<RankingQuery> requests) {
    public RankingBatch {
      requests = List.copyOf(requests);
    }

    JsonObject toJson() {
      return new JsonObject().put("requests", new JsonArray(requests.stream().map(RankingQuery::toJson).toList()));
    }

    static RankingBatch fromJson(JsonObject json) {
      return new RankingBatch(json.getJsonArray("requests").stream().map(r -> RankingQuery.fromJson((JsonObject) r)).toList());
    }
  }

  /**
   * A day's bulletin in a format: a published revision ({@code revision}, or the latest) unless {@code draft} asks for
   * the live one or none is published; with {@code published}, a published revision or a 404.
   */
  public record BulletinQuery(String date, String format, boolean draft, Integer revision, boolean published) {
    JsonObject toJson() {
      return new JsonObject().put("date", date).put("format", format).put("draft", draft).put("revision", revision)
          .put("published", published);
    }

    static BulletinQuery fromJson(JsonObject json) {
      return new BulletinQuery(json.getString("date"), json.getString("format"), json.getBoolean("draft", false),
          json.getInteger("revision"), json.getBoolean("published", false));
    }
  }

  /** Freezes a day's bulletin as its next revision, by {@code actor}. */
  public record Publish(String date, String actor) {
    JsonObject toJson() {
      return new JsonObject().put("date", date).put("actor", actor);
    }

    static Publish fromJson(JsonObject json) {
      return new Publish(json.getString("date"), json.getString("actor"));
    }
  }

  /**
   * A section's editorial notes of a day: {@code section} is the seed's numeral (一 to 五); {@code notes} is the body
   * of a put ({"lead", "close", "carry"}) and null otherwise; {@code actor} is who puts or deletes.
   */
  public record Notes(String date, String section, JsonObject notes, String actor) {
    JsonObject toJson() {
      return new JsonObject().put("date", date).put("section", section).put("notes", notes).put("actor", actor);
    }

    static Notes fromJson(JsonObject json) {
      return new Notes(json.getString("date"), json.getString("section"), json.getJsonObject("notes"), json.getString("actor"));
    }
  }

  /** A subscription as the admin posted it, to be checked by the subscription rules before it is stored. */
  public record NewSubscription(JsonObject subscription, String actor) {
    JsonObject toJson() {
      return new JsonObject().put("subscription", subscription).put("actor", actor);
    }

    static NewSubscription fromJson(JsonObject json) {
      return new NewSubscription(json.getJsonObject("subscription"), json.getString("actor"));
    }
  }

  /** One subscription by the id in the path: to delete (by {@code actor}) or to list its deliveries. */
  public record SubscriptionRef(String id, String actor) {
    JsonObject toJson() {
      return new JsonObject().put("id", id).put("actor", actor);
    }

    static SubscriptionRef fromJson(JsonObject json) {
      return new SubscriptionRef(json.getString("id"), json.getString("actor"));
    }
  }

  /** A family's own read, with the request's validated path and query parameters. */
  public record FamilyQuery(JsonObject parameters) {
    JsonObject toJson() {
      return new JsonObject().put("parameters", parameters);
    }

    static FamilyQuery fromJson(JsonObject json) {
      return new FamilyQuery(json.getJsonObject("parameters", new JsonObject()));
    }
  }
}
