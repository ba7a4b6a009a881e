package se.arbetsmarknad.web.browser;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * WCAG 2.1 AA in a real browser: axe-core's rules tagged wcag2a, wcag2aa, wcag21a and wcag21aa over the
 * page as it is now (call it again after opening a dialog or showing errors). Any violation fails the test
 * with the rule, its impact and the elements, so the failure says what to fix.
 */
public final class Axe {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    public static List<Rule> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run: " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /** Fails when the page in its current state has any WCAG 2.1 A/AA violation. */
    public static void assertAccessible(WebDriver driver, String state) {
        List<Rule> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe: " + violations.size() + " WCAG violation(s) on " + state + " (" + driver.getCurrentUrl()
                    + "):\n" + describe(violations));
        }
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(r -> "- " + r.getId() + " [" + r.getImpact() + "] " + r.getHelp() + "\n"
                + r.getNodes().stream().limit(5).map(n -> "    " + n.getTarget() + ": " + abbreviate(n.getHtml()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
