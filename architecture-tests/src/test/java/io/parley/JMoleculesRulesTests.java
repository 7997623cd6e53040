package io.parley;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;

/**
 * What the jMolecules annotations and types promise: aggregates refer to each other by id, value objects hold no
 * entities, and in the hexagon ports never depend on adapters nor adapters of one side on the other.
 */
@AnalyzeClasses(packages = "io.parley", importOptions = DoNotIncludeTests.class)
class JMoleculesRulesTests {

    @ArchTest
    static final ArchRule dddBuildingBlocksAreUsedAsIntended = JMoleculesDddRules.all();

    @ArchTest
    static final ArchRule hexagonalArchitectureHolds = JMoleculesArchitectureRules.ensureHexagonal();
}
