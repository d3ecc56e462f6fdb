package com.citydata.bulletin.delivery;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscription may be. Its URL is the one thing an admin's request makes the product call, so it must be
 * http(s) to a host the operator allowed (DELIVERY_ALLOWED_HOSTS): otherwise the product would forward requests to any
 * address it can reach. The check runs when a subscription is created and again before every send, so narrowing the
 * setting stops deliveries already queued.
 */
public final class SubscriptionRules {
  public static final List<String> KINDS = List.of("dingtalk", "webhook");
  public static final List<String> EVENTS = List.of("published", "draft", ReminderNotice.EVENT);
  static final int MAX_URL_LENGTH = 2000;
  static final int MAX_SECRET_LENGTH = 200;

  private final Set<String> allowedHosts;

  public SubscriptionRules(Set<String> allowedHosts) {
    this.allowedHosts = Set.copyOf(allowedHosts);
  }

  /** Every problem of a subscription as posted; empty when it may be stored. */
  public List<FieldError> problems(JsonObject subscription) {
    List<FieldError> problems = new ArrayList<>();
    Object name = subscription.getValue("name");
    if (!(name instanceof String text)) {
      problems.add(new FieldError(null, "name", "is required, a string"));
    } else {
      Names.problem(text).ifPresent(p -> problems.add(new FieldError(null, "name", p)));
    }
    if (!KINDS.contains(subscription.getValue("kind"))) {
      problems.add(new FieldError(null, "kind", "must be one of " + String.join(", ", KINDS)));
    }
    Object url = subscription.getValue("url");
    if (!(url instanceof String text)) {
      problems.add(new FieldError(null, "url", "is required, a string"));
    } else {
      urlProblem(text).ifPresent(p -> problems.add(new FieldError(null, "url", p)));
    }
    Object secret = subscription.getValue("secret");
    if (!(secret instanceof String text) || text.isEmpty() || text.length() > MAX_SECRET_LENGTH) {
      problems.add(new FieldError(null, "secret", "is required, 1 to " + MAX_SECRET_LENGTH + " characters"));
    } else if (text.isBlank()) {
      // Blank is what an emptied field sends, never a key someone chose: signing with it would prove nothing.
      problems.add(new FieldError(null, "secret", "must not be blank"));
    } else {
      Names.textProblem(text).ifPresent(p -> problems.add(new FieldError(null, "secret", p)));
    }
    problems.addAll(eventProblems(subscription.getValue("events")));
    return problems;
  }

  private static List<FieldError> eventProblems(Object events) {
    if (!(events instanceof JsonArray list) || list.isEmpty()) {
      return List.of(new FieldError(null, "events", "is required, a list of one or more of " + String.join(", ", EVENTS)));
    }
    List<FieldError> problems = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!EVENTS.contains(list.getValue(i))) {
        problems.add(new FieldError(i, "events", "must be one of " + String.join(", ", EVENTS)));
      } else if (list.getList().subList(0, i).contains(list.getValue(i))) {
        problems.add(new FieldError(i, "events", "'" + list.getValue(i) + "' is listed twice"));
      }
    }
    return problems;
  }

  /** Empty when the product may send to this URL; otherwise why not. */
  public Optional<String> urlProblem(String url) {
    if (url.isEmpty() || url.length() > MAX_URL_LENGTH) {
      return Optional.of("must be 1 to " + MAX_URL_LENGTH + " characters");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c > '~') {
        return Optional.of("must be printable ASCII without spaces (percent-encode the rest, a host in its xn-- form); "
            + "position " + i + " holds U+" + String.format("%04X", (int) c));
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL: " + e.getReason() + " at position " + e.getIndex());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("must be an http or https URL");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry a user name or password");
    }
    if (uri.getHost() == null) {
      return Optional.of("names no host");
    }
    String host = host(uri);
    if (!allowedHosts.contains(host)) {
      return Optional.of("host '" + host + "' is not allowed for deliveries; the operator allows "
          + (allowedHosts.isEmpty() ? "none" : String.join(", ", allowedHosts.stream().sorted().toList()))
          + " (DELIVERY_ALLOWED_HOSTS)");
    }
    return Optional.empty();
  }

  public boolean allows(String url) {
    return urlProblem(url).isEmpty();
  }

  /** Lower case, an IPv6 address without its brackets, a fully qualified name without its final dot. */
  private static String host(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /**
   * A subscription's URL as the audit log and the pages show it: a DingTalk robot's URL carries its access_token, which
   * alone lets anyone post to the group, so every query value is masked.
   */
  public static String masked(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    return url.substring(0, query + 1) + java.util.Arrays.stream(url.substring(query + 1).split("&"))
        .map(pair -> pair.contains("=") ? pair.substring(0, pair.indexOf('=') + 1) + "…" : pair).collect(java.util.stream.Collectors.joining("&"));
  }
}
