package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.DocumentFormat;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.json.PlainJson;
import com.citydata.bulletin.markdown.MarkdownText;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a composed bulletin: HTML and Markdown from FreeMarker templates, PDF from the same HTML through
 * openhtmltopdf with the shipped CJK font embedded, Word through {@link DocxDocument}. Rendering blocks; callers
 * run it on a worker.
 */
public final class Documents {
  private static final Configuration FREEMARKER = freemarker();
  /** The charts the families on the class path declare. */
  static final Charts CHARTS = new Charts(FamilyRegistry.installed());

  private Documents() {
  }

  public static byte[] render(DocumentFormat format, JsonObject bulletin, String status) {
    return switch (format) {
      case JSON -> bulletin.encode().getBytes(StandardCharsets.UTF_8);
      case HTML -> html(bulletin, status, false).getBytes(StandardCharsets.UTF_8);
      case MARKDOWN -> template("bulletin.md.ftl", model(bulletin, status, Map.of())).getBytes(StandardCharsets.UTF_8);
      case DOCX -> DocxDocument.render(bulletin, status);
      case PDF -> pdf(html(bulletin, status, true));
    };
  }

  /** The PDF variant draws charts as PNG, which openhtmltopdf embeds without an SVG plugin. */
  static String html(JsonObject bulletin, String status, boolean forPdf) {
    Map<String, String> charts = new LinkedHashMap<>();
    for (String chart : chartIds(bulletin)) {
      charts.put(chart, forPdf
          ? "<img alt=\"\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(CHARTS.png(chart, trend(bulletin))) + "\"/>"
          : CHARTS.svg(chart, trend(bulletin)));
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("charts", charts);
    extra.put("print", tablePrint(bulletin));
    Map<String, Object> model = model(bulletin, status, extra);
    return forPdf ? template("bulletin.ftlx", model) : pageWithFonts("bulletin.ftlx", model, Fonts.ALL);
  }

  /**
   * A page for browsers that carries its own fonts. Its characters decide the subsets, so it is rendered once
   * without fonts, then with them.
   */
  static String pageWithFonts(String name, Map<String, Object> model, List<Fonts.Face> faces) {
    String page = template(name, model);
    Map<String, Object> withFonts = new LinkedHashMap<>(model);
    List<Map<String, Object>> subsets = new ArrayList<>();
    for (Fonts.Face face : faces) {
      subsets.add(Map.of("family", face.family(), "weight", face.weight(), "uri", FontSubsets.dataUri(face.resource(), page)));
    }
    withFonts.put("faces", subsets);
    return template(name, withFonts);
  }

  /** Per attachment and table ("a0t1"): column widths as percents and each cell's alignment class. */
  private static Map<String, Map<String, Object>> tablePrint(JsonObject bulletin) {
    Map<String, Map<String, Object>> print = new LinkedHashMap<>();
    JsonArray attachments = bulletin.getJsonArray("attachments");
    for (int a = 0; a < attachments.size(); a++) {
      JsonArray tables = attachments.getJsonObject(a).getJsonArray("tables");
      for (int t = 0; t < tables.size(); t++) {
        JsonObject layout = tables.getJsonObject(t).getJsonObject("layout");
        List<String> widths = TablePrint.widths(layout).stream().map(w -> String.format(Locale.ROOT, "%.2f%%", w * 100)).toList();
        List<List<String>> align = new ArrayList<>();
        for (Object row : layout.getJsonArray("rows")) {
          JsonArray cells = ((JsonObject) row).getJsonArray("cells");
          List<String> classes = new ArrayList<>();
          for (int c = 0; c < cells.size(); c++) {
            classes.add(TablePrint.align(cells.getString(c), c).name().toLowerCase(Locale.ROOT));
          }
          align.add(classes);
        }
        print.put("a" + a + "t" + t, Map.of("widths", widths, "align", align));
      }
    }
    return print;
  }

  static List<String> chartIds(JsonObject bulletin) {
    List<String> ids = new ArrayList<>();
    for (Object section : bulletin.getJsonArray("sections")) {
      for (Object paragraph : ((JsonObject) section).getJsonArray("paragraphs")) {
        JsonObject figure = ((JsonObject) paragraph).getJsonObject("figure");
        if (figure != null) {
          ids.add(figure.getString("chart"));
        }
      }
    }
    return ids;
  }

  static JsonObject trend(JsonObject bulletin) {
    return bulletin.getJsonObject("trend", new JsonObject());
  }

  private static byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfFaces faces = PdfFaces.borrow();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(document);
      for (Fonts.Face face : Fonts.ALL) {
        builder.useFont(new LazyFont(document, faces, face), face.family(), face.weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
      }
      builder.withHtmlContent(xhtml, null).toStream(out).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      faces.giveBack();
    }
    return ToUnicodeRepair.repair(out.toByteArray());
  }

  /** A face of this document, embedded (as a subset of what the document sets) only if the layout asks for it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final PdfFaces faces;
    private final Fonts.Face face;
    private PDFont font;

    LazyFont(PDDocument document, PdfFaces faces, Fonts.Face face) {
      super(null);
      this.document = document;
      this.faces = faces;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(document, faces.face(face), true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }
  }

  private static Map<String, Object> model(JsonObject bulletin, String status, Map<String, Object> extra) {
    Map<String, Object> model = new LinkedHashMap<>(extra);
    model.put("b", PlainJson.of(bulletin));
    if (status != null) {
      model.put("status", status);
    }
    return model;
  }

  private static String template(String name, Map<String, Object> model) {
    try {
      Template template = FREEMARKER.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed", e);
    }
  }

  private static Configuration freemarker() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(Documents.class, "/templates");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setNumberFormat("computer");
    cfg.setSharedVariable("md", new MarkdownText());
    return cfg;
  }
}
