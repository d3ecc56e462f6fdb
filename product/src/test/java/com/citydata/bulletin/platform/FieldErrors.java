package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import io.vertx.core.json.JsonObject;

/** What a client checks of a refused request: a 400 whose details name the first point's field and say why. */
final class FieldErrors {
  private FieldErrors() {
  }

  static void expect(Api.Response response, String field, String messagePart) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().getJsonArray("details").stream().map(JsonObject.class::cast)).as(response.body())
        .anySatisfy(d -> {
          assertThat(d.getInteger("index")).isZero();
          assertThat(d.getString("field")).isEqualTo(field);
          assertThat(d.getString("message")).contains(messagePart);
        });
  }
}
