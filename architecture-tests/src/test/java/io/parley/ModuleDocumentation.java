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
 * Spring Modulith's Documenter writes the diagrams' relations in hash order, which changes from run to run; this writes
 * them sorted, so that the same modules always give the same files and docs/modules only changes when the modules do.
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
            files.filter(file -> file.toString().endsWith(".puml")).forEach(ModuleDocumentation::sortRelations);
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

    private static void sortRelations(Path diagram) {
        try {
            Files.writeString(diagram, sortRelations(Files.readString(diagram, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
