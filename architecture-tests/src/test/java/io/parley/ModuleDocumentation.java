package io.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's Documenter writes the diagrams' relations and the canvases' lists in hash order, which changes from
 * run to run; this writes both sorted, so that the same modules always give the same files and docs/modules only
 * changes when the modules do.
 */
final class ModuleDocumentation {

    private static final String RELATION = "Rel(";

    private ModuleDocumentation() {}

    /** Generates the documentation into {@code folder} (emptied first), with every diagram's relations sorted. */
    static void generate(ApplicationModules modules, Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    rewrite(file, ModuleDocumentation::sortRelations);
                } else if (file.toString().endsWith(".adoc")) {
                    rewrite(file, ModuleDocumentation::sortLists);
                }
            }
        }
    }

    /**
     * Makes {@code target} hold what {@code generated} holds, writing only the files whose content differs (and
     * removing generated files of modules that are gone), so that an unchanged build leaves the tree untouched.
     *
     * @return the files written or removed
     */
    static List<String> sync(Path generated, Path target) throws IOException {
        Files.createDirectories(target);
        var changed = new ArrayList<String>();
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.sorted().toList()) {
                Path existing = target.resolve(file.getFileName().toString());
                byte[] content = Files.readAllBytes(file);
                if (!Files.exists(existing) || !Arrays.equals(Files.readAllBytes(existing), content)) {
                    Files.write(existing, content);
                    changed.add(existing.getFileName().toString());
                }
            }
        }
        try (Stream<Path> files = Files.list(target)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("module-") && !Files.exists(generated.resolve(name))) {
                    Files.delete(file);
                    changed.add(name);
                }
            }
        }
        return changed;
    }

    /** Sorts each run of consecutive relation lines; everything else keeps its place. */
    static String sortRelations(String diagram) {
        var lines = diagram.split("\n", -1);
        var out = new ArrayList<String>(lines.length);
        var run = new ArrayList<String>();
        for (String line : lines) {
            if (line.startsWith(RELATION)) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out);
    }

    /**
     * Sorts the items of each AsciiDoc list: an item is a line starting with {@code * } (or {@code |* }, the first
     * item of a table cell, which keeps the cell's {@code |} after sorting) with the deeper {@code **} lines under it,
     * which are sorted too; every other line ends the list and keeps its place.
     */
    static String sortLists(String document) {
        var lines = document.split("\n", -1);
        var out = new ArrayList<String>(lines.length);
        var items = new ArrayList<List<String>>();
        boolean cell = false;
        for (String line : lines) {
            boolean first = items.isEmpty();
            if (line.startsWith("* ") || (first && line.startsWith("|* "))) {
                if (first) {
                    cell = line.startsWith("|");
                }
                var item = new ArrayList<String>();
                item.add(line.startsWith("|") ? line.substring(1) : line);
                items.add(item);
                continue;
            }
            if (!first && line.startsWith("**")) {
                items.getLast().add(line);
                continue;
            }
            flush(items, cell, out);
            out.add(line);
        }
        flush(items, cell, out);
        return String.join("\n", out);
    }

    private static void flush(List<List<String>> items, boolean cell, List<String> out) {
        if (items.isEmpty()) {
            return;
        }
        for (List<String> item : items) {
            item.subList(1, item.size()).sort(null); // the sub-items under an item come in hash order too
        }
        items.sort(java.util.Comparator.comparing((List<String> item) -> String.join("\n", item)));
        for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < items.get(i).size(); j++) {
                String line = items.get(i).get(j);
                out.add(i == 0 && j == 0 && cell ? "|" + line : line);
            }
        }
        items.clear();
    }

    private static void rewrite(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
