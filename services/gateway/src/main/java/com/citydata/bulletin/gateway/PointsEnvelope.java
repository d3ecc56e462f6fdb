package com.citydata.bulletin.gateway;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.ingest.JsonPoints;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A time-series family's ingest body, {@code {"points": [ … ]}}, checked against its contract without reading the
 * points: its members, and the points array's length. The router does not parse these bodies at all (see {@link
 * Contract}); the family's ingest reads them once, as they stream, checking each point.
 */
final class PointsEnvelope {
  private final Map<String, Validator> byOperation;

  /** @param schemas the envelope schema of each streamed operation, by operationId ({@link Contract#envelopes}) */
  PointsEnvelope(Map<String, JsonObject> schemas) {
    JsonSchemaOptions options = new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("app:///")
        .setOutputFormat(OutputFormat.Basic);
    byOperation = schemas.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Validator.create(JsonSchema.of(e.getValue()), options)));
  }

  boolean streams(String operationId) {
    return byOperation.containsKey(operationId);
  }

  /**
   * What is wrong with the body's envelope, in the router's words; empty when it matches.
   *
   * @throws io.vertx.core.json.DecodeException when the body is not JSON
   */
  Optional<List<FieldError>> problems(String operationId, Buffer body) {
    if (body == null || body.length() == 0) {
      return Optional.of(List.of(ValidationDetails.EMPTY_BODY));
    }
    OutputUnit result = byOperation.get(operationId).validate(JsonPoints.envelope(body));
    if (result.getValid()) {
      return Optional.empty();
    }
    return Optional.of(ValidationDetails.from(result, "body"));
  }
}
