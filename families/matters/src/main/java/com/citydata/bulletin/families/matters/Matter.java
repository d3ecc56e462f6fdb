package com.citydata.bulletin.families.matters;

import io.vertx.core.json.JsonObject;

/**
 * One matter of the register (权力事项库) as the office exports it, by the columns the bulletin reads; the optional
 * columns (权力基本码 … 事权层级) are empty when the export leaves them out.
 */
record Matter(String unit, String name, String subjects, String address, boolean unifiedAuth, String exception,
    String conclusion, String deadline, String elsewhere, String onlineHere, String code, String mode, String unsuitable,
    String rare, String secret, String level) {

  boolean hasAddress() {
    return !address.isEmpty();
  }

  boolean hasException() {
    return !exception.isEmpty();
  }

  /** 附件13: under rectification. */
  boolean rectifying() {
    return !conclusion.isEmpty();
  }

  /** 附件14: another city can do it online. */
  boolean doneElsewhere() {
    return !elsewhere.isEmpty();
  }

  /** 附件15: no online address, and no exception explains it. */
  boolean noAddress() {
    return !hasAddress() && !hasException();
  }

  /** 附件16: an online address without unified authentication, and no exception explains it. */
  boolean noUnifiedAuth() {
    return hasAddress() && !unifiedAuth && !hasException();
  }

  JsonObject toJson() {
    return new JsonObject().put("unit", unit).put("name", name).put("subjects", subjects).put("address", address)
        .put("unified_auth", unifiedAuth).put("exception", exception).put("conclusion", conclusion).put("deadline", deadline)
        .put("elsewhere", elsewhere).put("online_here", onlineHere).put("code", code).put("mode", mode).put("unsuitable", unsuitable)
        .put("rare", rare).put("secret", secret).put("level", level);
  }

  static Matter fromJson(JsonObject json) {
    return new Matter(json.getString("unit"), json.getString("name"), json.getString("subjects"), json.getString("address"),
        json.getBoolean("unified_auth"), json.getString("exception"), json.getString("conclusion"), json.getString("deadline"),
        json.getString("elsewhere"), json.getString("online_here"), json.getString("code"), json.getString("mode"),
        json.getString("unsuitable"), json.getString("rare"), json.getString("secret"), json.getString("level"));
  }
}
