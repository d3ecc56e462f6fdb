package com.citydata.bulletin.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may call what, as each operation of the served contract declares it ({@code x-access}: public, reader,
 * collector or admin; a collector operation also needs the grant of its family). Decided from the method and path
 * alone, so it runs before the body is read. An operation that declares nothing, and any path the contract does
 * not have, is admin-only.
 */
public final class AccessPolicy {

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

  private record Rule(HttpMethod method, Pattern path, int literals, Requirement requirement) {
  }

  private final List<Rule> rules = new ArrayList<>();

  AccessPolicy(JsonObject document) {
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (ServedContract.METHODS.contains(op.getKey())) {
        JsonObject operation = (JsonObject) op.getValue();
        rules.add(new Rule(HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT)), template(path.getKey()),
            path.getKey().replaceAll("\\{[^}]+}", "").length(), requirement(operation)));
      }
    }));
    // A literal path wins over a template that also matches it.
    rules.sort(Comparator.comparingInt(Rule::literals).reversed());
  }

  private static Requirement requirement(JsonObject operation) {
    String access = operation.getString("x-access", "admin");
    return switch (access) {
      case "public" -> new Public();
      case "reader" -> new AnyToken();
      case "collector" -> new Family(operation.getString("x-family"));
      default -> new Admin();
    };
  }

  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder("^");
    for (String part : path.split("(?=\\{)|(?<=})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.append("$").toString());
  }

  /** The policy of the contract served with the families on the class path. */
  public static Requirement of(HttpMethod method, String path) {
    return Installed.POLICY.requirement(method, path);
  }

  private static final class Installed {
    static final AccessPolicy POLICY = new AccessPolicy(ServedContract.installed().json());
  }

  public Requirement requirement(HttpMethod method, String path) {
    for (Rule rule : rules) {
      if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
        return rule.requirement();
      }
    }
    return new Admin();
  }
}
