package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the admin pages under /desk/admin/ share: the model every one of them shows (who is signed in, the form token, a
 * notice or the problems of a refused form), and a form's lists as the API's bodies carry them. A refused form is shown
 * again with what was typed (never a password or secret) and each problem in {@code ul#problems}, one
 * {@code <li data-field>} a problem.
 */
final class DeskAdmin {
  /** The fields' names as the pages show them. */
  private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "名称"), Map.entry("kind", "类别"),
      Map.entry("aliases", "别名"), Map.entry("units", "单位"), Map.entry("families", "数据类别"), Map.entry("password", "密码"),
      Map.entry("role", "角色"), Map.entry("url", "地址"), Map.entry("secret", "密钥"), Map.entry("events", "推送内容"));

  private DeskAdmin() {
  }

  /** The model of an admin page: the account, the form token, and the notice or problems when there are any. */
  static Map<String, Object> model(Sessions.Session session, Optional<String> notice, List<FieldError> problems) {
    Map<String, Object> model = new HashMap<>();
    model.put("account", Map.of("name", session.account().name(), "role_label", DeskPages.roleLabel(session.account().role())));
    model.put("csrf", session.csrf());
    notice.ifPresent(text -> model.put("notice", text));
    model.put("problems", problems.stream().map(p -> Map.of("field", Objects.toString(p.field(), ""),
        "text", FIELDS.getOrDefault(Objects.toString(p.field(), ""), Objects.toString(p.field(), "")) + (p.index() == null ? "" : "第 " + (p.index() + 1) + " 项") + "：" + p.message()))
        .toList());
    return model;
  }

  /**
   * A change that failed: a refusal (the rules', or a name taken) shows the page again with its problems; any other
   * failure is the route's.
   */
  static void refused(RoutingContext ctx, Throwable failure, Consumer<List<FieldError>> showAgain) {
    if (failure instanceof InvalidRequestException invalid) {
      showAgain.accept(invalid.details());
    } else if (failure instanceof AccountRepository.NameTaken taken) {
      showAgain.accept(List.of(new FieldError(null, "name", taken.getMessage())));
    } else {
      DeskForms.failed(ctx, failure);
    }
  }

  /** A textarea's names, one a line; blank lines only separate, and nothing else of a line is changed. */
  static JsonArray lines(String text) {
    return new JsonArray(text == null ? List.of() : Arrays.stream(text.split("\r\n|\r|\n")).filter(line -> !line.isBlank()).toList());
  }

  /** A field's value, or "" when the form left it out. */
  static String field(RoutingContext ctx, String name) {
    String value = ctx.request().getFormAttribute(name);
    return value == null ? "" : value;
  }

  /** Every checked box of a name. */
  static JsonArray checked(RoutingContext ctx, String name) {
    return new JsonArray(ctx.request().formAttributes().getAll(name));
  }

  /** Every installed family as a checkbox: its name, its Chinese title, and whether it is checked. */
  static List<Map<String, Object>> families(JsonArray checked) {
    return FamilyRegistry.installed().families().stream().map(f -> Map.<String, Object>of("family", f.name(), "title", f.title(),
        "checked", checked.contains(f.name()))).toList();
  }

  /** Families by their Chinese titles, as the pages show them. */
  static List<String> titles(JsonArray families) {
    return families.stream().map(String::valueOf).map(name -> FamilyRegistry.installed().families().stream()
        .filter(f -> f.name().equals(name)).findFirst().map(Family::title).orElse(name)).toList();
  }

  /** Names as a textarea shows them, one a line. */
  static String text(JsonArray names) {
    return String.join("\n", names.stream().map(String::valueOf).toList());
  }

  static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
