package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The bounded contexts as Spring Modulith sees them across all ring jars, and their generated documentation. */
class ModularityTests {

    /** The contexts ARCHITECTURE.md names; a top-level package outside them is a new module nobody decided on. */
    private static final String[] DOCUMENTED_CONTEXTS = {"shared", "workspace", "visitor", "conversation", "agent",
            "knowledge", "channel", "insight", "gateway"};

    private static final ApplicationModules MODULES = ApplicationModules.of(ParleyApplication.class);

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
    void writesModuleCanvasesAndComponentDiagramsToDocs() throws Exception {
        Path target = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../docs/modules").normalize();
        assertThat(target.endsWith(Path.of("docs", "modules"))).as("%s is docs/modules", target).isTrue();
        Files.createDirectories(target);

        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target.toString())).writeDocumentation();

        assertThat(target.resolve("components.puml")).isNotEmptyFile();
        assertThat(target.resolve("all-docs.adoc")).isNotEmptyFile();
        for (var module : MODULES) {
            assertThat(target.resolve("module-" + module.getName() + ".puml")).isNotEmptyFile();
            assertThat(target.resolve("module-" + module.getName() + ".adoc")).isNotEmptyFile();
        }
    }
}
