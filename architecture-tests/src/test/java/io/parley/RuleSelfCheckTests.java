package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.parley.planted.model.CleanValue;
import java.util.regex.Pattern;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Every rule fails on classes planted to break it (test sources, {@code io.parley.planted..}), naming the culprit
 * and not the clean classes beside it. A rule that cannot fail would pass the real code for the wrong reason.
 */
class RuleSelfCheckTests {

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("io.parley.planted");

    @Test
    void domainRuleCatchesSpringJakartaJacksonJdbcAndApplicationCode() {
        assertFailsNaming(RingRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_JSPECIFY_AND_MODULITH_API,
                "planted.model.SpringInDomain", "org.springframework.util.StringUtils",
                "planted.model.JdbcInDomain", "java.sql.Connection",
                "planted.model.JakartaInDomain", "jakarta.validation.constraints.NotBlank",
                "planted.model.JacksonInDomain", "tools.jackson.databind.ObjectMapper",
                "planted.model.ApplicationInDomain", "planted.port.LeakyPort");
        assertPassesFor(RingRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_JSPECIFY_AND_MODULITH_API, "CleanValue", "CleanPort");
    }

    @Test
    void locationRuleCatchesADomainPackageOutsideTheDomainJar() {
        assertFailsNaming(RingRules.DOMAIN_PACKAGES_LIVE_IN_THE_DOMAIN_JAR_ONLY, "planted.model.CleanValue");
    }

    @Test
    void locationRuleCatchesAnotherPackageInsideTheDomainJar() {
        var plantedRoot = RingRules.locationOf(CleanValue.class);

        assertFailsNaming(RingRules.onlyDomainPackagesIn(plantedRoot), "planted.application.PlantedService",
                "planted.adapter.jdbc.JdbcStore");
        assertPassesFor(RingRules.onlyDomainPackagesIn(plantedRoot), "CleanValue", "LeakyPort");
    }

    @Test
    void adapterRuleCatchesOneTechnologyCallingAnother() {
        assertFailsNaming(RingRules.ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTER_TECHNOLOGIES,
                "planted.adapter.websocket.SocketHandler", "planted.adapter.rest.RestEndpoint");
    }

    @Test
    void adapterRuleCatchesACallIntoTheApplication() {
        assertFailsNaming(RingRules.ADAPTERS_DO_NOT_DEPEND_ON_THE_APPLICATION,
                "planted.adapter.rest.RestEndpoint", "planted.application.PlantedService");
    }

    @Test
    void applicationRuleCatchesANamedAdapter() {
        assertFailsNaming(RingRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS,
                "planted.application.PlantedService", "planted.adapter.jdbc.JdbcStore");
    }

    @Test
    void portRuleCatchesAClassAndAMissingAnnotation() {
        assertFailsNaming(RingRules.SECONDARY_PORTS_ARE_ANNOTATED_INTERFACES, "planted.port.ConcretePort");
        assertPassesFor(RingRules.SECONDARY_PORTS_ARE_ANNOTATED_INTERFACES, "CleanPort", "LeakyPort");
    }

    @Test
    void portRuleCatchesAPortDeclaredOutsideTheDomain() {
        assertFailsNaming(RingRules.PORTS_ARE_DOMAIN_INTERFACES, "planted.application.PortInApplication");
    }

    @Test
    void dddRulesCatchAnAggregateHoldingAnother() {
        assertFailsNaming(JMoleculesDddRules.all(), "PlantedOrder.customer", "PlantedCustomer");
    }

    @Test
    void hexagonalRulesCatchAPortNamingAnAdapter() {
        assertFailsNaming(JMoleculesArchitectureRules.ensureHexagonal(), "planted.port.LeakyPort",
                "planted.adapter.jdbc.JdbcStore");
    }

    @Test
    void modulithCatchesACycleAndAnInternalTypeUsedFromOutside() {
        var modules = ApplicationModules.of("io.parley.plantedmodules", new ImportOption.OnlyIncludeTests());

        assertThatThrownBy(modules::verify).isInstanceOfSatisfying(Violations.class, violations -> {
            assertThat(violations.getMessage()).contains("Cycle").contains("alpha").contains("beta");
            assertThat(violations.getMessage()).contains("BetaInternal");
        });
    }

    private static void assertFailsNaming(ArchRule rule, String... culprits) {
        assertThatThrownBy(() -> rule.check(PLANTED)).isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(culprits);
    }

    /** The planted clean classes appear nowhere in the rule's failure report. */
    private static void assertPassesFor(ArchRule rule, String... cleanSimpleNames) {
        var report = rule.evaluate(PLANTED).getFailureReport().getDetails();
        for (String clean : cleanSimpleNames) {
            var mention = Pattern.compile("\\." + clean + "\\b").asPredicate();
            assertThat(report).as("failures of '%s' naming %s", rule.getDescription(), clean).noneMatch(mention);
        }
    }
}
