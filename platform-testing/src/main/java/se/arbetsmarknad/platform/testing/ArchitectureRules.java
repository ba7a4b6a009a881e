package se.arbetsmarknad.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The suite's architecture rules, run by every module as plain unit tests. A service enables them with
 * one line in its root test package, e.g. {@code se.arbetsmarknad.participant}:
 * <pre>
 * class ArchitectureTest extends ArchitectureRules {}
 * </pre>
 * The rules read the module's main classes (not its tests) below the test class's package:
 * <ul>
 * <li>no package cycles: the feature packages directly below the root ({@code root.(*)..}) depend on
 * each other in one direction only;</li>
 * <li>no bare "now": {@code LocalDate.now()}, {@code Instant.now()}, {@code OffsetDateTime.now(zone)},
 * {@code Clock.systemUTC()} and the like read the JVM's clock or zone; inject the suite's
 * {@code java.time.Clock} ({@code SuiteClock}, Europe/Stockholm, settable in tests) and call
 * {@code now(clock)}. Only {@code se.arbetsmarknad.platform.time} may touch the system clock.</li>
 * </ul>
 */
public abstract class ArchitectureRules {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();
    private static final Set<String> TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
            "java.time.Instant", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");
    private static final String CLOCK_PACKAGE = "se.arbetsmarknad.platform.time";

    /** The package whose classes the rules check: the test class's own. */
    protected String rootPackage() {
        return getClass().getPackageName();
    }

    protected JavaClasses classes() {
        return IMPORTED.computeIfAbsent(rootPackage(), root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root));
    }

    @Test
    void featurePackagesHaveNoCycles() {
        noPackageCycles().check(classes());
    }

    @Test
    void timeComesFromTheSuiteClock() {
        noBareNow().check(classes());
    }

    /** The feature packages below the root depend on each other without cycles. */
    public ArchRule noPackageCycles() {
        return slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles()
                .because("a feature package that needs another's internals should get a port, not a cycle");
    }

    /** Nothing but the platform's clock reads the system clock or zone. */
    public static ArchRule noBareNow() {
        return noClasses().that().resideOutsideOfPackage(CLOCK_PACKAGE + "..")
                .should().callMethodWhere(BARE_NOW)
                .because("'now' comes from the injected java.time.Clock (SuiteClock, Europe/Stockholm), so every "
                        + "service has the same today and tests can set it");
    }

    private static final DescribedPredicate<JavaMethodCall> BARE_NOW = DescribedPredicate.describe(
            "reads the system clock (now() or now(zone) of java.time, Clock.system*())", call -> {
                String owner = call.getTargetOwner().getFullName();
                String name = call.getName();
                var parameters = call.getTarget().getRawParameterTypes();
                if (TIME_TYPES.contains(owner) && name.equals("now")) {
                    return parameters.isEmpty() || !parameters.get(0).getFullName().equals("java.time.Clock");
                }
                return owner.equals("java.time.Clock") && name.startsWith("system");
            });
}
