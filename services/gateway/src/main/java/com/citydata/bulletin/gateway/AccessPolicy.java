package com.citydata.bulletin.gateway;

import io.vertx.core.http.HttpMethod;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who may call what: decided from the method and path alone, so it can run before the body is read. */
public final class AccessPolicy {
  private static final Pattern INGEST = Pattern.compile("^/api/v1/ingest/([^/]+)$");

  /** What a request needs. */
  public sealed interface Requirement permits Public, AnyToken, Admin, Family {
  }

  public record Public() implements Requirement {
  }

  public record AnyToken() implements Requirement {
  }

  public record Admin() implements Requirement {
  }

  public record Family(String name) implements Requirement {
  }

  private AccessPolicy() {
  }

  public static Requirement of(HttpMethod method, String path) {
    if (!path.startsWith("/api/") || path.equals("/api/v1/openapi.yaml")) {
      return new Public();
    }
    if (path.startsWith("/api/v1/collectors")
        || (path.startsWith("/api/v1/catalog/") && method != HttpMethod.GET)
        || (path.startsWith("/api/v1/bulletins/") && path.endsWith("/publish"))) {
      return new Admin();
    }
    Optional<String> family = ingestFamily(path);
    if (family.isPresent()) {
      return new Family(family.get());
    }
    return new AnyToken();
  }

  static Optional<String> ingestFamily(String path) {
    Matcher m = INGEST.matcher(path);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
