package io.parley.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A latency-by-percentile chart in the style of HdrHistogram's plotter: the x axis stretches the tail (90%, 99%,
 * 99.9%, ...) so that the percentiles that hurt users are as wide as the median.
 */
final class PercentileChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final double MAX_NINES = 5;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private PercentileChart() {}

    static void write(String title, Map<String, Histogram> histograms, Path file) {
        System.setProperty("java.awt.headless", "true");
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxMs = histograms.values().stream().mapToDouble(h -> h.getMaxValue() / 1000.0).max().orElse(1);
        maxMs = niceCeiling(Math.max(maxMs, 0.001));
        axes(g, maxMs, title);
        int series = 0;
        for (var entry : histograms.entrySet()) {
            g.setColor(PALETTE[series % PALETTE.length]);
            g.setStroke(new BasicStroke(2f));
            plot(g, entry.getValue(), maxMs);
            g.drawString(entry.getKey() + "  (n=" + entry.getValue().getTotalCount() + ")", LEFT + 15,
                    TOP + 20 + series * 16);
            series++;
        }
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void plot(Graphics2D g, Histogram histogram, double maxMs) {
        if (histogram.getTotalCount() == 0) {
            return;
        }
        List<int[]> points = new ArrayList<>();
        for (HistogramIterationValue value : histogram.percentiles(5)) {
            double percentile = value.getPercentileLevelIteratedTo();
            double nines = percentile >= 100 ? MAX_NINES : Math.min(MAX_NINES, Math.log10(100 / (100 - percentile)));
            points.add(new int[] {x(nines), y(value.getValueIteratedTo() / 1000.0, maxMs)});
            if (nines >= MAX_NINES) {
                break;
            }
        }
        for (int i = 1; i < points.size(); i++) {
            g.drawLine(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1]);
        }
    }

    private static void axes(Graphics2D g, double maxMs, String title) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.LIGHT_GRAY);
        String[] labels = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};
        for (int nines = 0; nines <= MAX_NINES; nines++) {
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(x(nines), TOP, x(nines), HEIGHT - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            int width = g.getFontMetrics().stringWidth(labels[nines]);
            g.drawString(labels[nines], Math.min(x(nines) - width / 2, WIDTH - width - 2), HEIGHT - BOTTOM + 18);
        }
        for (int tick = 0; tick <= 5; tick++) {
            double ms = maxMs * tick / 5;
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(LEFT, y(ms, maxMs), WIDTH - RIGHT, y(ms, maxMs));
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format("%.3g ms", ms), 8, y(ms, maxMs) + 4);
        }
        g.drawString("percentile", WIDTH / 2 - 30, HEIGHT - 20);
        g.drawString(title, LEFT, TOP - 15);
    }

    private static int x(double nines) {
        return LEFT + (int) Math.round(nines / MAX_NINES * (WIDTH - LEFT - RIGHT));
    }

    private static int y(double ms, double maxMs) {
        return HEIGHT - BOTTOM - (int) Math.round(ms / maxMs * (HEIGHT - TOP - BOTTOM));
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
