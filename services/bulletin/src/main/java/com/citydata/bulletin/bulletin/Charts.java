package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.report.ChartSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The bulletin's charts, drawn on the server with JFreeChart: SVG for the HTML page, PNG for Word and PDF. Each
 * chart reads the trend series (weekly totals of the weeks up to the bulletin's) that the bulletin carries; the
 * families declare the charts.
 */
public final class Charts {
  static final int WIDTH = 640;
  static final int HEIGHT = 300;

  private final FamilyRegistry registry;

  Charts(FamilyRegistry registry) {
    this.registry = registry;
  }

  ChartSpec spec(String id) {
    return registry.families().stream().flatMap(f -> f.bulletin().charts().stream()).filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no chart " + id));
  }

  public String svg(String id, JsonObject trend) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    chart(spec(id), trend).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    // A viewBox without fixed dimensions lets the page scale the chart to its column without cropping it.
    return g.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
  }

  public byte[] png(String id, JsonObject trend) {
    int scale = 2;
    BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.scale(scale, scale);
    chart(spec(id), trend).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static JFreeChart chart(ChartSpec spec, JsonObject trend) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    JsonArray weeks = trend.getJsonArray("weeks", new JsonArray());
    for (ChartSpec.Line line : spec.lines()) {
      JsonArray values = trend.getJsonObject("series", new JsonObject()).getJsonObject(line.table(), new JsonObject())
          .getJsonArray(line.field(), new JsonArray());
      // Every week keeps its place on the axis, a week without data as a gap, so the span read is always the trend's.
      for (int i = 0; i < weeks.size(); i++) {
        Object value = i < values.size() ? values.getValue(i) : null;
        data.addValue(value == null ? null : line.scale().applyAsDouble(((Number) value).doubleValue()), line.label(),
            label(weeks.getString(i)));
      }
    }
    JFreeChart chart = spec.bars()
        ? ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, spec.lines().size() > 1, false, false)
        : ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, spec.lines().size() > 1, false, false);
    // Chinese reads upright: the unit stands above the value axis, as in print, instead of along it turned sideways.
    chart.addSubtitle(new TextTitle("单位：" + spec.axis(), Fonts.awt(Font.PLAIN, 11), Color.DARK_GRAY, RectangleEdge.TOP,
        HorizontalAlignment.LEFT, VerticalAlignment.CENTER, RectangleInsets.ZERO_INSETS));
    theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setOutlineVisible(false);
    Color[] colors = {new Color(0xC0392B), new Color(0x2E6DA4)};
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      bars.setSeriesPaint(0, colors[0]);
      bars.setMaximumBarWidth(0.08);
    } else if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
      lines.setDefaultShapesVisible(true);
      for (int i = 0; i < spec.lines().size(); i++) {
        lines.setSeriesPaint(i, colors[i % colors.length]);
        lines.setSeriesStroke(i, new BasicStroke(2f));
      }
    }
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** "2018-07-20" → "7/20": the week's bulletin day. */
  private static String label(String day) {
    String[] parts = day.split("-");
    return Integer.parseInt(parts[1]) + "/" + Integer.parseInt(parts[2]);
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("bulletin");
    theme.setExtraLargeFont(Fonts.awt(Font.BOLD, 16));
    theme.setLargeFont(Fonts.awt(Font.PLAIN, 13));
    theme.setRegularFont(Fonts.awt(Font.PLAIN, 11));
    theme.setSmallFont(Fonts.awt(Font.PLAIN, 10));
    return theme;
  }
}
