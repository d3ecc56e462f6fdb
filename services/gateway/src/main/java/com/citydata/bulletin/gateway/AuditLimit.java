package com.citydata.bulletin.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.OptionalInt;

/**
 * The audit log's ?limit=: a whole number from 1 to 1000 written plainly, 100 when absent. The contract's validator
 * takes " 1" and 1e3 for integers too; they are refused here, as every integer the API reads is.
 */
final class AuditLimit {
  static final String RULE = "limit must be a whole number from 1 to 1000, written in digits";
  private static final int DEFAULT = 100;
  private static final int MAX = 1000;

  private AuditLimit() {
  }

  static OptionalInt of(RoutingContext ctx) {
    String limit = ctx.queryParams().get("limit");
    if (limit == null) {
      return OptionalInt.of(DEFAULT);
    }
    if (!limit.matches("[1-9][0-9]{0,3}") || Integer.parseInt(limit) > MAX) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(limit));
  }
}
