package io.parley;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The ring rules over every Parley class on the class path (domain, application, adapters), tests excluded. */
@AnalyzeClasses(packages = "io.parley", importOptions = DoNotIncludeTests.class)
class RingRulesTests {

    @ArchTest
    static final ArchRule domainDependsOnlyOnJavaJMoleculesJSpecifyAndModulithApi =
            RingRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_JSPECIFY_AND_MODULITH_API;

    @ArchTest
    static final ArchRule domainPackagesLiveInTheDomainJarOnly = RingRules.DOMAIN_PACKAGES_LIVE_IN_THE_DOMAIN_JAR_ONLY;

    @ArchTest
    static final ArchRule domainJarHoldsOnlyDomainPackages = RingRules.DOMAIN_JAR_HOLDS_ONLY_DOMAIN_PACKAGES;

    @ArchTest
    static final ArchRule adaptersDoNotDependOnOtherAdapterTechnologies =
            RingRules.ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTER_TECHNOLOGIES;

    @ArchTest
    static final ArchRule adaptersDoNotDependOnTheApplication = RingRules.ADAPTERS_DO_NOT_DEPEND_ON_THE_APPLICATION;

    @ArchTest
    static final ArchRule applicationDoesNotDependOnAdapters = RingRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS;

    @ArchTest
    static final ArchRule secondaryPortsAreAnnotatedInterfaces = RingRules.SECONDARY_PORTS_ARE_ANNOTATED_INTERFACES;

    @ArchTest
    static final ArchRule portsAreDomainInterfaces = RingRules.PORTS_ARE_DOMAIN_INTERFACES;
}
