package se.arbetsmarknad.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import se.arbetsmarknad.web.format.Today;

/**
 * The services' architecture rules (platform-testing's ArchitectureRules, which web cannot use: it would
 * bring platform onto web's classpath) for web's main classes: one clock, {@link Today}, which only tests
 * may set; and feature packages without cycles.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.arbetsmarknad.web");
    private static final Set<String> TIME_TYPES = Set.of("LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime",
            "OffsetTime", "ZonedDateTime", "Instant", "Year", "YearMonth", "MonthDay");

    @Test
    void timeComesFromTodaysClock() {
        noClasses().that().doNotHaveFullyQualifiedName(Today.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("reads the system clock (now(), now(zone), Clock.system*())",
                        (JavaMethodCall call) -> readsSystemClock(call)))
                .because("'now' comes from Today.clock() (Europe/Stockholm, the services' pinned day), so tests can set it")
                .check(CLASSES);
    }

    @Test
    void onlyTestsMoveTheClock() {
        noClasses().should().callMethod(Today.class, "setTo", LocalDate.class)
                .orShould().callMethod(Today.class, "reset").check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("se.arbetsmarknad.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    private static boolean readsSystemClock(JavaMethodCall call) {
        String owner = call.getTargetOwner().getFullName();
        var parameters = call.getTarget().getRawParameterTypes();
        if (call.getName().equals("now") && owner.startsWith("java.time.")
                && TIME_TYPES.contains(owner.substring("java.time.".length()))) {
            return parameters.isEmpty() || !parameters.get(0).getFullName().equals("java.time.Clock");
        }
        return owner.equals("java.time.Clock") && call.getName().startsWith("system");
    }
}
