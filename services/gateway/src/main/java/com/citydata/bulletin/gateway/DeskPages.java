package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Role;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The desk's pages, rendered from the templates under {@code /desk} (FreeMarker's HTML auto-escaping on). */
final class DeskPages {
  private static final Configuration FREEMARKER = freemarker();
  private static final Map<Role, String> ROLE_LABELS = Map.of(Role.ADMIN, "管理员", Role.EDITOR, "编辑", Role.REPORTER, "报送员",
      Role.READER, "读者");

  private DeskPages() {
  }

  /** Renders, then sends; a page that fails to render is the route's failure (often called back off the route). */
  static void send(RoutingContext ctx, int status, String template, Map<String, Object> model) {
    String page;
    try {
      page = render(template, model);
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store").end(page);
  }

  /** A page that says what went wrong in words, with a way back; never a stack trace. */
  static void message(RoutingContext ctx, int status, String title, String message, String back) {
    send(ctx, status, "message.ftlx", Map.of("title", title, "message", message, "back", back));
  }

  static String roleLabel(Role role) {
    return ROLE_LABELS.get(role);
  }

  static String render(String template, Map<String, Object> model) {
    try {
      StringWriter out = new StringWriter();
      FREEMARKER.getTemplate(template).process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("desk template " + template + " failed", e);
    }
  }

  private static Configuration freemarker() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(DeskPages.class, "/desk");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setNumberFormat("computer");
    return cfg;
  }
}
