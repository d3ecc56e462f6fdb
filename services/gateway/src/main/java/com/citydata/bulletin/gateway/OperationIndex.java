package com.citydata.bulletin.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the served contract says of each operation, found from a request's method and path alone (before the body
 * is read); a literal path wins over a template that also matches it.
 */
final class OperationIndex<T> {
  private record Entry<T>(HttpMethod method, Pattern path, int literals, T value) {
  }

  private final List<Entry<T>> entries = new ArrayList<>();

  OperationIndex(JsonObject document, Function<JsonObject, T> of) {
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (ServedContract.METHODS.contains(op.getKey())) {
        entries.add(new Entry<>(HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT)), template(path.getKey()),
            path.getKey().replaceAll("\\{[^}]+}", "").length(), of.apply((JsonObject) op.getValue())));
      }
    }));
    entries.sort(Comparator.comparingInt((Entry<T> e) -> e.literals()).reversed());
  }

  Optional<T> find(HttpMethod method, String path) {
    return entries.stream().filter(e -> e.method().equals(method) && e.path().matcher(path).matches()).map(Entry::value).findFirst();
  }

  /** The methods the contract has for a path, for a 405's Allow header; empty when it has none. */
  Set<HttpMethod> methods(String path) {
    Set<HttpMethod> methods = new TreeSet<>(Comparator.comparing(HttpMethod::name));
    entries.stream().filter(e -> e.path().matcher(path).matches()).forEach(e -> methods.add(e.method()));
    return methods;
  }

  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder("^");
    for (String part : path.split("(?=\\{)|(?<=})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.append("$").toString());
  }
}
