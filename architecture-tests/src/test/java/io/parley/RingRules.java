package io.parley;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.parley.shared.DomainException;
import java.net.URI;
import java.nio.file.Path;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The rings of ARCHITECTURE.md as ArchUnit rules. Maven scopes already keep most wrong imports from compiling;
 * these rules catch what scopes cannot: a package in the wrong jar, an adapter reaching into another technology,
 * a library creeping into the domain through a transitive dependency.
 */
final class RingRules {

    /** Where domain classes live: a module's API package, its model and its secondary ports. */
    static final String[] DOMAIN_PACKAGES = {"io.parley.*", "io.parley.*.model..", "io.parley.*.port.."};

    /** The application ring: the Boot application in the base package and each module's use-case implementations. */
    static final String[] APPLICATION_PACKAGES = {"io.parley", "io.parley.*.application.."};

    static final String ADAPTER_PACKAGES = "io.parley..adapter..";

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_JSPECIFY_AND_MODULITH_API = classes()
            .that().resideInAnyPackage(DOMAIN_PACKAGES)
            .should().onlyDependOnClassesThat(allowedInDomain())
            .because("the domain is plain Java: no Spring framework, Jakarta, Jackson or JDBC, and no application or adapter code");

    static final ArchRule DOMAIN_PACKAGES_LIVE_IN_THE_DOMAIN_JAR_ONLY = domainPackagesLiveIn(domainLocation());

    static final ArchRule DOMAIN_JAR_HOLDS_ONLY_DOMAIN_PACKAGES = onlyDomainPackagesIn(domainLocation());

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_OTHER_ADAPTER_TECHNOLOGIES = slices()
            .matching("io.parley..adapter.(*)..").namingSlices("adapter technology '$1'")
            .should().notDependOnEachOther()
            .because("each adapter module depends on domain and its own technology only");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_THE_APPLICATION = noClasses()
            .that().resideInAPackage(ADAPTER_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION_PACKAGES)
            .because("adapters call the primary ports the domain declares, never their implementations");

    static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS = noClasses()
            .that().resideInAnyPackage(APPLICATION_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage(ADAPTER_PACKAGES)
            .because("the application reaches adapters only through secondary ports; adapters are runtime dependencies");

    static final ArchRule SECONDARY_PORTS_ARE_ANNOTATED_INTERFACES = classes()
            .that().resideInAPackage("io.parley.*.port..").and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should().beInterfaces().andShould().beAnnotatedWith(SecondaryPort.class)
            .because("a secondary port is an interface named for what the core needs");

    static final ArchRule PORTS_ARE_DOMAIN_INTERFACES = classes()
            .that().areAnnotatedWith(PrimaryPort.class).or().areAnnotatedWith(SecondaryPort.class)
            .should().beInterfaces().andShould().resideInAnyPackage(DOMAIN_PACKAGES)
            .because("the domain declares every port; the application and adapters implement or call them");

    private RingRules() {}

    /** Classes of the domain packages come from {@code domainRoot} (the domain jar or its classes directory). */
    static ArchRule domainPackagesLiveIn(String domainRoot) {
        return classes().that().resideInAnyPackage(DOMAIN_PACKAGES).should(beLocatedIn(domainRoot))
                .because("an exact package lives in one jar only, and the module API, model and ports live in domain");
    }

    /** Everything under {@code domainRoot} is in a domain package. */
    static ArchRule onlyDomainPackagesIn(String domainRoot) {
        return classes().that(areLocatedIn(domainRoot)).should().resideInAnyPackage(DOMAIN_PACKAGES)
                .because("inside a module the domain ring has the API package, .model and .port only");
    }

    private static DescribedPredicate<JavaClass> allowedInDomain() {
        DescribedPredicate<JavaClass> java = resideInAPackage("java..").and(DescribedPredicate.not(resideInAnyPackage("java.sql..")));
        return java.or(resideInAnyPackage(DOMAIN_PACKAGES))
                .or(resideInAnyPackage("org.jmolecules..", "org.jspecify.."))
                .or(modulithApiAnnotation())
                .as("java (but java.sql), jMolecules, JSpecify, Spring Modulith's API annotations or the domain itself");
    }

    /** {@code @ApplicationModule}, {@code @NamedInterface} and their nested types: metadata, not framework code. */
    private static DescribedPredicate<JavaClass> modulithApiAnnotation() {
        return DescribedPredicate.describe("Spring Modulith API annotation", type -> {
            JavaClass outermost = type;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            return "org.springframework.modulith".equals(type.getPackageName()) && outermost.isAnnotation();
        });
    }

    /** The root of the domain ring on the class path: a directory when built in the reactor, else the jar. */
    static String domainLocation() {
        return locationOf(DomainException.class);
    }

    static String locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }

    private static DescribedPredicate<JavaClass> areLocatedIn(String root) {
        return DescribedPredicate.describe("are located in " + root, type -> isLocatedIn(type, root));
    }

    private static ArchCondition<JavaClass> beLocatedIn(String root) {
        return new ArchCondition<>("be located in " + root) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean inside = isLocatedIn(type, root);
                events.add(new SimpleConditionEvent(type, inside, type.getName() + " is located in "
                        + type.getSource().map(source -> source.getUri().toString()).orElse("an unknown place")));
            }
        };
    }

    /** Compares file paths, so that a class inside a jar ({@code jar:file:/x.jar!/a/B.class}) is located in the jar. */
    private static boolean isLocatedIn(JavaClass type, String root) {
        var rootPath = pathOf(URI.create(root));
        return type.getSource().map(source -> pathOf(source.getUri()).startsWith(rootPath)).orElse(false);
    }

    private static Path pathOf(URI uri) {
        String text = uri.toString();
        if (text.startsWith("jar:")) {
            int entry = text.indexOf("!/");
            text = text.substring("jar:".length(), entry < 0 ? text.length() : entry);
        }
        return Path.of(URI.create(text)).normalize();
    }
}
