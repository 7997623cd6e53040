package io.parley.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one run's files side by side: {@code <scenario>-<time>.json}, one HdrHistogram percentile distribution
 * ({@code .hgrm}, milliseconds) per measured phase, and a PNG chart of all of them.
 */
public final class ResultFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final String base;

    public ResultFiles(Path directory, String scenario) {
        this.directory = directory;
        this.base = scenario + "-" + LocalDateTime.now().format(STAMP);
    }

    public Path json(Object results) {
        Path file = directory.resolve(base + ".json");
        createDirectory();
        JSON.writerWithDefaultPrettyPrinter().writeValue(file, results);
        return file;
    }

    /** Percentile files and a chart for the histograms (microseconds), in the map's order; returns the chart. */
    public Path latency(String title, Map<String, Histogram> histograms) {
        createDirectory();
        histograms.forEach((label, histogram) -> {
            Path file = directory.resolve(base + "-" + label.replaceAll("[^A-Za-z0-9._-]", "_") + ".hgrm");
            try (var out = new PrintStream(Files.newOutputStream(file), true, "UTF-8")) {
                histogram.outputPercentileDistribution(out, 5, 1000.0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path chart = directory.resolve(base + "-latency.png");
        PercentileChart.write(title, histograms, chart);
        return chart;
    }

    private void createDirectory() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
