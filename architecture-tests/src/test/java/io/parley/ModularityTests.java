package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The bounded contexts as Spring Modulith sees them across all ring jars, and their generated documentation. */
class ModularityTests {

    /** The contexts ARCHITECTURE.md names; a top-level package outside them is a new module nobody decided on. */
    private static final String[] DOCUMENTED_CONTEXTS = {"shared", "workspace", "visitor", "conversation", "agent",
            "knowledge", "channel", "insight", "gateway", "webhook"};

    private static final ApplicationModules MODULES = ApplicationModules.of(ParleyApplication.class);

    /** This module's build folder (target/). */
    private static final Path BUILD = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");

    @Test
    void modulesKeepToTheirAllowedDependenciesAndApis() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsADocumentedBoundedContext() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
                .contains("shared", "workspace", "visitor", "conversation", "agent", "knowledge", "channel")
                .isSubsetOf(DOCUMENTED_CONTEXTS);
    }

    @Test
    void sortsRelationsAndKeepsEverythingElseInPlace() {
        assertThat(ModuleDocumentation.sortRelations("a\nRel(B, A)\nRel(A, B)\n\nb\nRel(D)\nRel(C)\n"))
                .isEqualTo("a\nRel(A, B)\nRel(B, A)\n\nb\nRel(C)\nRel(D)\n");
    }

    @Test
    void sortsTheItemsOfEachListKeepingATableCellsBarAndSubItemsWithTheirItem() {
        assertThat(ModuleDocumentation.sortLists("|Events\n|* `b` (async)\n* `a`\n** `a3`\n** `a2`\n|===\n* d\n* c\ntext\n"))
                .isEqualTo("|Events\n|* `a`\n** `a2`\n** `a3`\n* `b` (async)\n|===\n* c\n* d\ntext\n");
    }

    @Test
    void generatingTwiceGivesTheSameFiles() throws Exception {
        Path first = BUILD.resolve("modules-docs-first");
        Path second = BUILD.resolve("modules-docs-second");
        ModuleDocumentation.generate(ApplicationModules.of(ParleyApplication.class), first);
        ModuleDocumentation.generate(ApplicationModules.of(ParleyApplication.class), second);
        for (String name : names(first)) {
            assertThat(second.resolve(name)).as(name).hasSameBinaryContentAs(first.resolve(name));
        }
        assertThat(names(second)).isEqualTo(names(first));
    }

    @Test
    void writesModuleCanvasesAndComponentDiagramsToDocs() throws Exception {
        Path target = BUILD.resolve("../../docs/modules").normalize();
        assertThat(target.endsWith(Path.of("docs", "modules"))).as("%s is docs/modules", target).isTrue();
        Path generated = BUILD.resolve("modules-docs");
        ModuleDocumentation.generate(MODULES, generated);

        ModuleDocumentation.sync(generated, target);
        assertThat(ModuleDocumentation.sync(generated, target)).as("a second sync finds nothing to write").isEmpty();

        // Documenter lists relations in hash order, which differs from run to run: sorted, every build writes the same
        for (String name : names(target)) {
            if (name.endsWith(".puml")) {
                var relations = Files.readAllLines(target.resolve(name)).stream().filter(l -> l.startsWith("Rel(")).toList();
                assertThat(relations).as("relations in %s", name).isSorted();
            }
        }

        assertThat(target.resolve("components.puml")).isNotEmptyFile();
        assertThat(target.resolve("all-docs.adoc")).isNotEmptyFile();
        for (var module : MODULES) {
            assertThat(target.resolve("module-" + module.getName() + ".puml")).isNotEmptyFile();
            assertThat(target.resolve("module-" + module.getName() + ".adoc")).isNotEmptyFile();
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
