package com.citydata.bulletin.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  @Test
  void decidesFromMethodAndPath() {
    assertThat(AccessPolicy.of(HttpMethod.GET, "/health")).isInstanceOf(AccessPolicy.Public.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/api/v1/openapi.yaml")).isInstanceOf(AccessPolicy.Public.class);
    assertThat(AccessPolicy.of(HttpMethod.PUT, "/api/v1/catalog/units")).isInstanceOf(AccessPolicy.Admin.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/api/v1/catalog/units")).as("a reporter may read the catalog")
        .isEqualTo(new AccessPolicy.AnyToken(true));
    assertThat(AccessPolicy.of(HttpMethod.GET, "/api/v1/collectors")).isInstanceOf(AccessPolicy.Admin.class);
    assertThat(AccessPolicy.of(HttpMethod.DELETE, "/api/v1/collectors/42")).isInstanceOf(AccessPolicy.Admin.class);
    assertThat(AccessPolicy.of(HttpMethod.POST, "/api/v1/ingest/exchange")).isEqualTo(new AccessPolicy.Family("exchange"));
    assertThat(AccessPolicy.of(HttpMethod.GET, "/api/v1/rankings/exchange-push")).as("but not every unit's figures")
        .isEqualTo(new AccessPolicy.AnyToken(false));
    assertThat(AccessPolicy.of(HttpMethod.POST, "/api/v1/bulletins/2018-07-20/publish")).isInstanceOf(AccessPolicy.Editor.class);
    assertThat(AccessPolicy.of(HttpMethod.POST, "/api/v1/accounts")).isInstanceOf(AccessPolicy.Admin.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/desk/2018-07-20")).isInstanceOf(AccessPolicy.AnyToken.class);
    assertThat(AccessPolicy.of(HttpMethod.POST, "/desk/login")).isInstanceOf(AccessPolicy.Public.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/api/v1/bulletins/2018-07-20.pdf")).isInstanceOf(AccessPolicy.AnyToken.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/assets/fonts/NotoSansSC-Regular.ttf")).isInstanceOf(AccessPolicy.Public.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/bulletins")).isInstanceOf(AccessPolicy.Public.class);
    assertThat(AccessPolicy.of(HttpMethod.GET, "/bulletins/2018-07-20.pdf")).isInstanceOf(AccessPolicy.Public.class);
  }

  /** Every operation served says who may call it; one that does not stops the gateway from starting. */
  @Test
  void everyOperationDeclaresItsAccessAndOneWithoutIsRefused() {
    ServedContract.requireAccess(ServedContract.installed().json());
    JsonObject undeclared = new JsonObject().put("paths", new JsonObject().put("/api/v1/secret",
        new JsonObject().put("get", new JsonObject().put("operationId", "secret"))));
    assertThatThrownBy(() -> ServedContract.requireAccess(undeclared)).isInstanceOf(IllegalStateException.class)
        .hasMessage("GET /api/v1/secret declares no access: x-access must be one of public, published, reader, signed-in, collector, editor, admin");
  }
}
