package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import se.arbetsmarknad.platform.it.archfixture.a.UsesB;
import se.arbetsmarknad.platform.it.archfixture.b.UsesA;
import se.arbetsmarknad.platform.testing.ArchitectureRules;

/** The rules catch what they are for (PlatformArchitectureTest shows the platform passes them). */
class ArchitectureRulesTest {

    static final JavaClasses FIXTURE = new ClassFileImporter().importClasses(UsesA.class, UsesB.class);

    @Test
    void aPackageCycleIsReported() {
        ArchitectureRules rules = new ArchitectureRules() {
            @Override
            protected String rootPackage() {
                return "se.arbetsmarknad.platform.it.archfixture";
            }
        };
        EvaluationResult result = rules.noPackageCycles().evaluate(FIXTURE);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("archfixture.a", "archfixture.b");
    }

    @Test
    void bareNowAndTheSystemClockAreReportedButNowWithAClockIsNot() {
        EvaluationResult result = ArchitectureRules.noBareNow().evaluate(FIXTURE);
        String report = result.getFailureReport().toString();
        assertThat(report).contains("LocalDate.now()", "Clock.systemUTC()").doesNotContain("Instant.now(java.time.Clock)");
    }
}
