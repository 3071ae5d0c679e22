package org.haven.analytics.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A subscale's trajectory: wave means with a shaded 95% CI band (JFreeChart's deviation renderer), optionally a
 * model's fitted line over them, rendered at twice the size for sharp text and returned as a PNG {@code data:} URI
 * so the report stays one self-contained file.
 */
final class TrajectoryChart {

    /** One wave: mean and CI bounds may be null when they could not be computed. */
    record Point(int wave, Double mean, Double low, Double high) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    private static final int SCALE = 2;
    private static final Color LINE = new Color(0x1f5f99);
    private static final Color FITTED = new Color(0xb5532a);
    private static final Color GRID = new Color(0xd5d9de);
    private static final Color TEXT = new Color(0x33383d);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private TrajectoryChart() {
    }

    static String dataUri(List<Integer> waves, List<Point> points, double scaleMin, double scaleMax) {
        return dataUri(waves, points, Map.of(), scaleMin, scaleMax);
    }

    /** {@code fitted}: wave to the model's fitted mean, drawn as a dashed line; empty for none. */
    static String dataUri(List<Integer> waves, List<Point> points, Map<Integer, Double> fitted, double scaleMin,
                          double scaleMax) {
        return "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png(waves, points, fitted, scaleMin, scaleMax));
    }

    static byte[] png(List<Integer> waves, List<Point> points, Map<Integer, Double> fitted, double scaleMin,
                      double scaleMax) {
        JFreeChart chart = chart(waves, points, fitted, scaleMin, scaleMax);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JFreeChart chart(List<Integer> waves, List<Point> points, Map<Integer, Double> fitted,
                                    double scaleMin, double scaleMax) {
        NumberAxis waveAxis = new NumberAxis("Wave");
        int minWave = waves.isEmpty() ? 0 : waves.get(0);
        int maxWave = waves.isEmpty() ? 1 : waves.get(waves.size() - 1);
        double pad = Math.max(0.25, (maxWave - minWave) * 0.05);
        waveAxis.setRange(minWave - pad, maxWave + pad);
        waveAxis.setTickUnit(new NumberTickUnit(1));
        NumberAxis scoreAxis = new NumberAxis("Mean score (95% CI)");
        double[] range = yRange(points, scaleMin, scaleMax);
        scoreAxis.setRange(range[0], range[1]);
        for (NumberAxis axis : List.of(waveAxis, scoreAxis)) {
            axis.setLabelFont(FONT);
            axis.setTickLabelFont(FONT);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelPaint(TEXT);
        }

        XYPlot plot = new XYPlot(observed(points), waveAxis, scoreAxis, observedRenderer(points));
        if (!fitted.isEmpty()) {
            plot.setDataset(1, fittedSeries(fitted));
            plot.setRenderer(1, fittedRenderer());
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        if (points.stream().allMatch(p -> p.mean() == null)) {
            plot.setNoDataMessage("No scores");
            plot.setNoDataMessageFont(FONT);
        }

        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (!fitted.isEmpty()) {
            TextTitle key = new TextTitle("solid: observed means with 95% CI · dashed: growth model", FONT);
            key.setPaint(TEXT);
            chart.addSubtitle(key);
        }
        return chart;
    }

    /** One series per run of consecutive waves with a mean, so a wave without scores leaves a gap. */
    private static YIntervalSeriesCollection observed(List<Point> points) {
        YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
        for (List<Point> run : runs(points)) {
            YIntervalSeries series = new YIntervalSeries("observed " + collection.getSeriesCount());
            for (Point p : run) {
                // without a CI (one score) the band collapses onto the mean
                double low = p.low() == null ? p.mean() : p.low();
                double high = p.high() == null ? p.mean() : p.high();
                series.add(p.wave(), p.mean(), low, high);
            }
            collection.addSeries(series);
        }
        return collection;
    }

    private static DeviationRenderer observedRenderer(List<Point> points) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int i = 0; i < runs(points).size(); i++) {
            renderer.setSeriesPaint(i, LINE);
            renderer.setSeriesFillPaint(i, LINE);
            renderer.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        renderer.setAlpha(0.22f);
        return renderer;
    }

    private static XYSeriesCollection fittedSeries(Map<Integer, Double> fitted) {
        XYSeries series = new XYSeries("fitted");
        fitted.forEach(series::add);
        return new XYSeriesCollection(series);
    }

    private static XYLineAndShapeRenderer fittedRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, FITTED);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[]{7f, 5f}, 0f));
        return renderer;
    }

    /**
     * The data range padded by half a scale point and widened to at least two points, inside the scale's own range:
     * on the full 1..7 axis a change of half a point, large in this field, would look flat.
     */
    static double[] yRange(List<Point> points, double scaleMin, double scaleMax) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            for (Double v : new Double[]{p.mean(), p.low(), p.high()}) {
                if (v != null && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return new double[]{scaleMin, scaleMax};
        }
        double low = Math.floor(min * 2 - 1) / 2;
        double high = Math.ceil(max * 2 + 1) / 2;
        while (high - low < 2) {
            low -= 0.5;
            high += 0.5;
        }
        if (min >= scaleMin && max <= scaleMax) {
            double span = Math.min(high - low, scaleMax - scaleMin);
            low = Math.max(scaleMin, Math.min(low, scaleMax - span));
            high = Math.min(scaleMax, low + span);
        }
        return new double[]{low, high};
    }

    private static List<List<Point>> runs(List<Point> points) {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> current = new ArrayList<>();
        for (Point p : points) {
            if (p.mean() != null && Double.isFinite(p.mean())) {
                current.add(p);
            } else if (!current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }
}
